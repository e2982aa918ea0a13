import ConciergeDomain
extension EntityExtractor {
    /// Cancellation reasons, most specific first. An order placed by mistake maps to
    /// `payment_problem` (the domain's "payment failed / paid by mistake"): the buyer did not
    /// mean to buy, which is a mistaken payment rather than a change of mind.
    static let cancellationRules: [(TokenPattern, CancellationReason)] = ([
        ("paid|charged|payed|billed|pay ~2 twice|double", .paymentProblem),
        ("double charged|charge|billed|payment", .paymentProblem),
        ("duplicate charge|payment|order", .paymentProblem),
        ("payment|card|transaction ~2 failed|declined|fail|error|problem|issue|went|did", .paymentProblem),
        ("failed|declined payment", .paymentProblem),
        ("by mistake|accident", .paymentProblem),
        ("mistakenly|accidentally|accidently|unintentionally", .paymentProblem),
        ("did not ~1 mean to ~1 order|buy|pay|purchase|click", .paymentProblem),
        ("wrong|old|incorrect|previous|different|new|another ~2 address|adress|addres", .changeShippingAddress),
        ("address ~2 wrong|incorrect|changed|old|change|update|fix", .changeShippingAddress),
        ("change|update|fix|correct|edit ~3 address", .changeShippingAddress),
        ("moved|moving|relocated|relocating", .changeShippingAddress),
        ("ship|send|deliver ~3 another|different|new ~1 address|place|city|house|location", .changeShippingAddress),
        ("coupon|coupons|voucher|vouchers|promo|discount", .differentCoupon),
        ("faster|quicker|express|expedited|priority|overnight|cheaper ~2 shipping|delivery|option|method", .changeDeliveryMethod),
        ("shipping|delivery ~2 method|option|speed|type", .changeDeliveryMethod),
        ("express|expedited|overnight", .changeDeliveryMethod),
        ("wrong|different|another|other|bigger|smaller ~1 size|colour|color|model|version|variant|quantity|amount|style", .changeOrder),
        ("change|modify|edit|update|adjust ~3 order|size|colour|color|quantity|items|item|model", .changeOrder),
        ("add|remove ~3 item|items|something|things|another|more|product", .changeOrder),
        ("forgot to add|include|order", .changeOrder),
        ("not ~2 need|want|require", .noLongerNeeded),
        ("no longer ~2 need|want|require", .noLongerNeeded),
        ("changed|change ~1 my ~1 mind", .noLongerNeeded),
        ("mood|cheaper|elsewhere|unnecessary|regret", .noLongerNeeded),
        ("found ~4 better|lower|cheaper|price|deal", .noLongerNeeded),
        ("not ~1 needed|necessary|interested", .noLongerNeeded),
        ("need ~1 it ~1 anymore", .noLongerNeeded),
    ] as [(String, CancellationReason)]).map { (TokenPattern($0.0), $0.1) }

    /// Dispute reasons, most specific first.
    static let disputeRules: [(TokenPattern, DisputeReason)] = ([
        ("refused|declined|rejected|denied|ignored|would|did ~3 cancel|cancellation|cancelation", .sellerRefusedCancellation),
        ("shipped|sent|dispatched ~3 after|anyway|despite|although|though ~4 cancel*", .sellerRefusedCancellation),
        ("not ~1 agree|accept ~2 cancel*", .sellerRefusedCancellation),
        ("shipped|sent|dispatched|mailed ~2 anyway|regardless|nevertheless", .sellerRefusedCancellation),
        ("cancel* ~6 but|yet|still ~3 shipped|sent|dispatched|mailed", .sellerRefusedCancellation),
        ("missing|lacking ~3 part|parts|piece|pieces|screws|accessories|items|item|components|cable|charger|bits", .missingParts),
        ("part|parts|piece|pieces|accessories|components ~3 missing|not", .missingParts),
        ("incomplete|missing", .missingParts),
        ("only ~3 got|received|came|arrived ~3 one|half|part|some", .missingParts),
        ("wrong|incorrect|different ~2 item|product|thing|size|colour|color|model|one|article|book|shoes|version", .wrongItem),
        ("not ~1 what ~1 i ~2 ordered|bought|purchased", .wrongItem),
        ("sent|received|got ~2 wrong", .wrongItem),
        ("fake|counterfeit|knockoff|replica|imitation|bootleg|copy", .notAsDescribed),
        ("not|nothing ~1 as|like ~2 described|description|advertised|pictured|picture|photo|photos|listing|shown", .notAsDescribed),
        ("different|differs ~2 from ~2 picture|photo|pictures|photos|description|listing|advertised|ad", .notAsDescribed),
        ("looks|look ~1 nothing ~1 like", .notAsDescribed),
        ("poor|bad|cheap|low|terrible ~1 quality", .notAsDescribed),
        ("misleading|misdescribed|misrepresented", .notAsDescribed),
        ("broken|damaged|defective|faulty|cracked|smashed|shattered|dented|torn|ripped|leaking|scratched|bent|busted|crushed|chipped|snapped|stained|burnt|burned|melted|wet|moldy|rusty|rusted", .damaged),
        ("not|stopped|never ~2 work|working|works|turn|charge|charging|power", .damaged),
        ("dead ~1 on ~1 arrival", .damaged),
        ("never|not|nothing ~3 arrived|arrive|received|receive|came|come|delivered|showed|shown|got|get|here", .notReceived),
        ("still ~2 waiting|not", .notReceived),
        ("lost ~2 package|parcel|order|in|mail|transit", .notReceived),
        ("where ~2 is ~2 my ~1 package|parcel|order", .notReceived),
    ] as [(String, DisputeReason)]).map { (TokenPattern($0.0), $0.1) }

    /// Dispute outcomes: returning first (a return is also a full refund), then partial, then full.
    static let outcomeRules: [(TokenPattern, DisputeOutcome)] = ([
        ("return|returning|send|ship|mail|post ~3 it|back|item|them|product|order", .returnAndRefund),
        ("return ~2 and ~2 refund", .returnAndRefund),
        ("partial|partially|compensation|compensate|discount", .partialRefund),
        ("some|part|half|portion ~3 money|refund|back|price", .partialRefund),
        ("keep ~4 refund|money|discount|partial", .partialRefund),
        ("full|fully|complete|entire|whole|total|all ~3 refund|money|amount|price|back|refunded", .fullRefund),
        ("money ~1 back", .fullRefund),
        ("refund ~2 everything|all|in full", .fullRefund),
    ] as [(String, DisputeOutcome)]).map { (TokenPattern($0.0), $0.1) }

    /// Words the rules name, 5+ letters: the targets of typo correction in `extract`.
    static let patternVocabulary: [String] = {
        var words = Set<String>()
        for rule in cancellationRules { words.formUnion(rule.0.words) }
        for rule in disputeRules { words.formUnion(rule.0.words) }
        for rule in outcomeRules { words.formUnion(rule.0.words) }
        // common words near rule words, so they are not "corrected" into them
        words.formUnion(["arrive", "arrived", "receive", "received", "cancel", "cancelled", "canceled", "order",
                         "ordered", "refund", "refunded", "return", "returned", "still", "where", "there",
                         "their", "which", "would", "could", "should", "after", "before", "since", "other",
                         "month", "weeks", "thing", "think", "thank", "thanks", "please", "seller", "money",
                         "price", "prices", "worked", "broke", "shipping", "shipped", "change", "changed",
                         "charge", "charged", "wanted", "needed", "really", "about", "paying", "address"])
        return words.filter { $0.utf8.count >= 5 }.sorted()
    }()
}
