/// What ISO 4217 says about a currency's minor unit: how many decimals its amounts have.
public enum Currency {
    /// Currencies whose minor unit is not a hundredth (ISO 4217 list one, "minor unit" column).
    /// Every other code, and an unknown or empty one, has two decimals.
    static let decimalsByCode: [String: Int] = [
        "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0, "RWF": 0,
        "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
        "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
        "CLF": 4, "UYW": 4,
    ]

    /// The number of decimals amounts in `code` are written with: 0 for JPY, 3 for KWD, 2 for USD.
    public static func decimals(_ code: String) -> Int {
        decimalsByCode[code.uppercased()] ?? 2
    }

    /// How many minor units make one major unit: 1 for JPY, 1000 for KWD, 100 for USD.
    public static func minorUnitsPerUnit(_ code: String) -> Int {
        (0..<decimals(code)).reduce(1) { product, _ in product * 10 }
    }

    /// An amount written as `code` expects, for messages: "1200" for JPY, "23.10" for USD.
    public static func example(_ code: String) -> String {
        switch decimals(code) {
        case 0: "1200"
        case 3: "23.100"
        case 4: "23.1000"
        default: "23.10"
        }
    }
}
