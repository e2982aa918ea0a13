import Foundation
import ConciergeDomain

/// The built-in demo data set: 3 buyers, 4 sellers and 31 orders covering every status and payment method.
/// Its instants are relative to `now`; `DemoData.fixture(at:)` moves them to the given day.
public enum DemoData {
    /// The demo buyer the main job chats as.
    public static let buyerID: BuyerID = "B0042"

    /// The demo fixture in the file format of README.md: `Resources/DemoData.yaml`, embedded in the binary by the build.
    public static let yaml = String(decoding: PackageResources.DemoData_yaml, as: UTF8.self)

    /// The demo fixture with its instants moved so that its `now` is `now`.
    public static func fixture(at now: Date? = nil) throws -> Fixture {
        let fixture = try FixtureParser().parse(yaml, file: "demo")
        guard let now, let then = fixture.now else { return fixture }
        return fixture.shifted(by: now.timeIntervalSince(then))
    }
}
