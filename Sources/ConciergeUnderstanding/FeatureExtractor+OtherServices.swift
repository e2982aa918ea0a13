import ConciergeDomain
extension FeatureExtractor {
    /// Companies and services other than this marketplace, whose orders, accounts, refunds and
    /// deliveries Concierge cannot see: other shops and marketplaces, food delivery, travel,
    /// streaming, social networks, mail, tax offices, phone companies, banks and money apps.
    /// Left out on purpose: carriers (a marketplace order travels with DHL or UPS too), the
    /// marketplace's own payment methods (PayPal, Alipay, Klarna), product brands a buyer may
    /// have bought here (Apple, Samsung, Nike), and names that are also common words.
    static let otherServices: Set<String> = [
        "amazon", "ebay", "etsy", "shein", "temu", "aliexpress", "alibaba", "walmart", "costco", "ikea",
        "zalando", "asos", "bestbuy", "argos", "tesco", "lidl", "aldi", "rakuten", "mercadolibre", "shopee",
        "lazada", "flipkart", "wayfair", "vinted", "craigslist", "depop", "poshmark",
        "doordash", "deliveroo", "ubereats", "grubhub", "glovo", "wolt", "justeat", "instacart", "uber", "lyft",
        "airbnb", "expedia", "ryanair", "easyjet", "lufthansa", "netflix", "spotify", "hulu", "disney",
        "youtube", "twitch", "facebook", "instagram", "whatsapp", "tiktok", "twitter", "snapchat", "linkedin",
        "telegram", "reddit", "pinterest", "gmail", "hotmail", "yahoo", "icloud", "dropbox", "irs", "hmrc",
        "dmv", "verizon", "vodafone", "tmobile", "comcast", "barclays", "hsbc", "santander", "revolut", "monzo",
        "venmo", "zelle", "cashapp",
    ]

    /// Whether the message names another company or service (`otherServices`): what it asks about
    /// happens outside this marketplace, whatever request it is worded as. One feature pools every
    /// such name, so a name the catalog never uses counts like one it does.
    static func namesOtherService(_ tokens: [String]) -> Bool {
        namesOtherService(tokens[...])
    }

    /// `namesOtherService` of a part of a message (a window).
    static func namesOtherService(_ tokens: ArraySlice<String>) -> Bool {
        tokens.contains { otherServices.contains($0) }
    }

    static let otherServiceFeature = wholeMessageFeature("other service")
}
