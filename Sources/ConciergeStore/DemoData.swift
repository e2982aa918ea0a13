import Foundation
import ConciergeDomain

/// The built-in demo data set: 3 buyers, 4 sellers and 31 orders covering every status and payment method.
/// Its instants are relative to `now`; `DemoData.fixture(at:)` moves them to the given day.
public enum DemoData {
    /// The demo buyer the main job chats as.
    public static let buyerID: BuyerID = "B0042"

    /// The demo fixture as stored in the file format of README.md.
    public static let yaml = #"""
        now: '2026-11-20T12:00:00Z'
        buyers:
        - {id: B0042, name: Dana Park}
        - {id: B0043, name: Luis Ortega}
        - {id: B0044, name: Mei Chen}
        sellers:
        - {id: S0007, name: Harbor Gadgets, handling_days: 5}
        - {id: S0011, name: Maple Home Goods, handling_days: 3}
        - {id: S0015, name: Northwind Outdoor, handling_days: 7}
        - {id: S0020, name: Lumen Lighting, handling_days: 4}
        orders:
        - id: "7300000042"
          buyer: B0042
          seller: S0007
          items:
          - title: Wireless earbuds
            quantity: 1
            price: "23.10"
          currency: USD
          status: awaiting_shipment
          placed_at: '2026-11-19T09:00:00Z'
          payment:
            method: card
            amount: "23.10"
            paid_at: '2026-11-19T09:02:00Z'
        - id: "7300000051"
          buyer: B0042
          seller: S0020
          items:
          - title: Brass desk lamp
            quantity: 1
            price: "41.50"
          currency: USD
          status: shipped
          placed_at: '2026-11-08T12:00:00Z'
          payment:
            method: card
            amount: "41.50"
            paid_at: '2026-11-08T12:00:00Z'
          shipped_at: '2026-11-11T12:00:00Z'
          tracking: LP204918337CN
        - id: "7300000063"
          buyer: B0042
          seller: S0007
          items:
          - title: Silicone phone case
            quantity: 2
            price: "6.45"
          currency: USD
          status: awaiting_payment
          placed_at: '2026-11-18T12:00:00Z'
        - id: "7300000075"
          buyer: B0042
          seller: S0015
          items:
          - title: Hiking backpack 40L
            quantity: 1
            price: "58.00"
          currency: USD
          status: payment_processing
          placed_at: '2026-11-20T11:57:00Z'
          payment:
            method: paypal
            amount: "58.00"
            paid_at: '2026-11-20T11:59:00Z'
        - id: "7300000088"
          buyer: B0042
          seller: S0011
          items:
          - title: Ceramic mug set
            quantity: 1
            price: "19.99"
          currency: USD
          status: delivered
          placed_at: '2026-11-04T12:00:00Z'
          payment:
            method: balance
            amount: "19.99"
            paid_at: '2026-11-04T12:00:00Z'
          shipped_at: '2026-11-07T12:00:00Z'
          tracking: YT55810294
          delivered_at: '2026-11-18T12:00:00Z'
        - id: "7300000094"
          buyer: B0042
          seller: S0011
          items:
          - title: Knitted throw blanket
            quantity: 1
            price: "27.80"
          currency: USD
          status: completed
          placed_at: '2026-10-11T12:00:00Z'
          payment:
            method: coupon
            amount: "27.80"
            paid_at: '2026-10-11T12:00:00Z'
          shipped_at: '2026-10-14T12:00:00Z'
          delivered_at: '2026-10-26T12:00:00Z'
          completed_at: '2026-10-27T12:00:00Z'
        - id: "7300000107"
          buyer: B0042
          seller: S0007
          items:
          - title: Smart plug 2-pack
            quantity: 1
            price: "15.90"
          currency: USD
          status: cancelled
          placed_at: '2026-11-12T12:00:00Z'
          cancellation: {reason: change_order, at: '2026-11-12T12:00:00Z'}
        - id: "7300000113"
          buyer: B0042
          seller: S0015
          items:
          - title: Camping lantern
            quantity: 1
            price: "32.40"
          currency: USD
          status: in_dispute
          placed_at: '2026-10-21T12:00:00Z'
          payment:
            method: alipay_card
            amount: "32.40"
            paid_at: '2026-10-21T12:00:00Z'
          shipped_at: '2026-10-24T12:00:00Z'
          delivered_at: '2026-11-10T12:00:00Z'
          dispute:
            reason: damaged
            outcome: full_refund
            amount: "32.40"
            opened_at: '2026-11-16T12:00:00Z'
            description: Glass cover arrived cracked
            evidence: [lantern_crack.jpg]
        - id: "7300000126"
          buyer: B0042
          seller: S0007
          items:
          - title: Bluetooth speaker
            quantity: 1
            price: "36.75"
          currency: USD
          status: frozen
          placed_at: '2026-11-17T12:00:00Z'
          payment:
            method: card
            amount: "36.75"
            paid_at: '2026-11-17T12:00:00Z'
          status_before_freeze: awaiting_shipment
        - id: "7300000138"
          buyer: B0042
          seller: S0007
          items:
          - title: USB-C fast charger
            quantity: 1
            price: "12.60"
          currency: USD
          status: cancellation_requested
          placed_at: '2026-11-18T12:00:00Z'
          payment:
            method: paypal
            amount: "12.60"
            paid_at: '2026-11-18T12:00:00Z'
          cancellation: {reason: no_longer_needed, at: '2026-11-20T07:00:00Z'}
        - id: "7300000140"
          buyer: B0042
          seller: S0011
          items:
          - title: Digital kitchen scale
            quantity: 1
            price: "14.20"
          currency: USD
          status: payment_processing
          placed_at: '2026-11-20T08:00:00Z'
          payment:
            method: card
            amount: "14.20"
            paid_at: '2026-11-20T08:00:00Z'
        - id: "7300000152"
          buyer: B0042
          seller: S0020
          items:
          - title: LED strip lights 5m
            quantity: 1
            price: "18.30"
          currency: USD
          status: cancelled
          placed_at: '2026-11-14T12:00:00Z'
          payment:
            method: card
            amount: "18.30"
            paid_at: '2026-11-14T12:00:00Z'
          cancellation: {reason: change_shipping_address, at: '2026-11-15T12:00:00Z', answer: accepted}
          refund:
            amount: "18.30"
            stage: processing
            at: '2026-11-17T12:00:00Z'
        - id: "7300000165"
          buyer: B0042
          seller: S0015
          items:
          - title: Yoga mat
            quantity: 1
            price: "22.00"
          currency: USD
          status: completed
          placed_at: '2026-09-11T12:00:00Z'
          payment:
            method: balance
            amount: "22.00"
            paid_at: '2026-09-11T12:00:00Z'
          shipped_at: '2026-09-13T12:00:00Z'
          delivered_at: '2026-09-26T12:00:00Z'
          completed_at: '2026-09-27T12:00:00Z'
          deleted: true
        - id: "7300000171"
          buyer: B0042
          seller: S0015
          items:
          - title: Memory foam travel pillow
            quantity: 1
            price: "16.40"
          currency: USD
          status: shipped
          placed_at: '2026-09-06T12:00:00Z'
          payment:
            method: alipay_card
            amount: "16.40"
            paid_at: '2026-09-06T12:00:00Z'
          shipped_at: '2026-09-09T12:00:00Z'
          tracking: RB118273645SG
        - id: "7300000189"
          buyer: B0042
          seller: S0020
          items:
          - title: Oak wall clock
            quantity: 1
            price: "29.95"
          currency: USD
          status: awaiting_shipment
          placed_at: '2026-11-19T12:00:00Z'
          payment:
            method: card
            amount: "29.95"
            paid_at: '2026-11-19T12:00:00Z'
            duplicate_charge: true
        - id: "7300000190"
          buyer: B0042
          seller: S0011
          items:
          - title: Bamboo headphone stand
            quantity: 1
            price: "11.25"
          currency: USD
          status: shipped
          placed_at: '2026-11-16T12:00:00Z'
          payment:
            method: balance
            amount: "11.25"
            paid_at: '2026-11-16T12:00:00Z'
          shipped_at: '2026-11-18T12:00:00Z'
          tracking: YT55913377
        - id: "7300000203"
          buyer: B0043
          seller: S0015
          items:
          - title: Trail running socks 3-pack
            quantity: 1
            price: "13.50"
          currency: USD
          status: awaiting_shipment
          placed_at: '2026-11-18T12:00:00Z'
          payment:
            method: paypal
            amount: "13.50"
            paid_at: '2026-11-18T12:00:00Z'
        - id: "7300000214"
          buyer: B0043
          seller: S0007
          items:
          - title: Mechanical keyboard
            quantity: 1
            price: "64.90"
          currency: USD
          status: delivered
          placed_at: '2026-11-06T12:00:00Z'
          payment:
            method: card
            amount: "64.90"
            paid_at: '2026-11-06T12:00:00Z'
          shipped_at: '2026-11-09T12:00:00Z'
          delivered_at: '2026-11-19T12:00:00Z'
          tracking: LP204955120CN
        - id: "7300000226"
          buyer: B0043
          seller: S0020
          items:
          - title: Pendant ceiling light
            quantity: 1
            price: "48.00"
          currency: USD
          status: shipped
          placed_at: '2026-10-31T12:00:00Z'
          payment:
            method: paypal
            amount: "48.00"
            paid_at: '2026-10-31T12:00:00Z'
          shipped_at: '2026-11-03T12:00:00Z'
          tracking: LP205011946CN
          cancellation: {reason: change_delivery_method, at: '2026-11-02T12:00:00Z', answer: declined}
        - id: "7300000237"
          buyer: B0043
          seller: S0011
          items:
          - title: Linen tablecloth
            quantity: 1
            price: "24.60"
          currency: USD
          status: awaiting_payment
          placed_at: '2026-11-01T12:00:00Z'
        - id: "7300000248"
          buyer: B0043
          seller: S0007
          items:
          - title: Webcam 1080p
            quantity: 1
            price: "31.20"
          currency: USD
          status: completed
          placed_at: '2026-10-01T12:00:00Z'
          payment:
            method: coupon
            amount: "31.20"
            paid_at: '2026-10-01T12:00:00Z'
          shipped_at: '2026-10-04T12:00:00Z'
          delivered_at: '2026-10-16T12:00:00Z'
          completed_at: '2026-10-17T12:00:00Z'
        - id: "7300000259"
          buyer: B0043
          seller: S0015
          items:
          - title: Insulated water bottle
            quantity: 2
            price: "9.80"
          currency: USD
          status: cancelled
          placed_at: '2026-11-05T12:00:00Z'
          payment:
            method: balance
            amount: "19.60"
            paid_at: '2026-11-05T12:00:00Z'
          cancellation: {reason: different_coupon, at: '2026-11-06T12:00:00Z', answer: accepted}
          refund:
            amount: "19.60"
            stage: refunded
            at: '2026-11-07T12:00:00Z'
        - id: "7300000260"
          buyer: B0043
          seller: S0007
          items:
          - title: Portable power bank
            quantity: 1
            price: "25.40"
          currency: USD
          status: in_dispute
          placed_at: '2026-10-11T12:00:00Z'
          payment:
            method: card
            amount: "25.40"
            paid_at: '2026-10-11T12:00:00Z'
          shipped_at: '2026-10-14T12:00:00Z'
          dispute:
            reason: not_received
            outcome: full_refund
            amount: "25.40"
            opened_at: '2026-11-18T12:00:00Z'
            description: Tracking has not moved for a month
            evidence: []
        - id: "7300000271"
          buyer: B0043
          seller: S0020
          items:
          - title: Desk organizer
            quantity: 1
            price: "17.70"
          currency: USD
          status: payment_processing
          placed_at: '2026-11-20T02:00:00Z'
          payment:
            method: alipay_card
            amount: "17.70"
            paid_at: '2026-11-20T02:00:00Z'
        - id: "7300000305"
          buyer: B0044
          seller: S0011
          items:
          - title: Cast iron skillet
            quantity: 1
            price: "34.90"
          currency: USD
          status: awaiting_shipment
          placed_at: '2026-11-19T16:00:00Z'
          payment:
            method: balance
            amount: "34.90"
            paid_at: '2026-11-19T17:00:00Z'
        - id: "7300000316"
          buyer: B0044
          seller: S0007
          items:
          - title: Smartwatch strap
            quantity: 3
            price: "4.99"
          currency: USD
          status: shipped
          placed_at: '2026-11-09T12:00:00Z'
          payment:
            method: coupon
            amount: "14.97"
            paid_at: '2026-11-09T12:00:00Z'
          shipped_at: '2026-11-12T12:00:00Z'
          tracking: YT56002841
        - id: "7300000327"
          buyer: B0044
          seller: S0015
          items:
          - title: Folding camping chair
            quantity: 1
            price: "39.00"
          currency: USD
          status: delivered
          placed_at: '2026-11-02T12:00:00Z'
          payment:
            method: paypal
            amount: "39.00"
            paid_at: '2026-11-02T12:00:00Z'
          shipped_at: '2026-11-05T12:00:00Z'
          delivered_at: '2026-11-17T12:00:00Z'
          tracking: RB118300912SG
        - id: "7300000338"
          buyer: B0044
          seller: S0020
          items:
          - title: Reading lamp
            quantity: 1
            price: "21.45"
          currency: USD
          status: frozen
          placed_at: '2026-11-11T12:00:00Z'
          payment:
            method: card
            amount: "21.45"
            paid_at: '2026-11-11T12:00:00Z'
          shipped_at: '2026-11-14T12:00:00Z'
          status_before_freeze: shipped
          tracking: LP205100077CN
        - id: "7300000349"
          buyer: B0044
          seller: S0011
          items:
          - title: Spice rack
            quantity: 1
            price: "16.80"
          currency: USD
          status: cancellation_requested
          placed_at: '2026-11-19T12:00:00Z'
          payment:
            method: card
            amount: "16.80"
            paid_at: '2026-11-19T12:00:00Z'
          cancellation: {reason: change_shipping_address, at: '2026-11-20T10:00:00Z'}
        - id: "7300000350"
          buyer: B0044
          seller: S0007
          items:
          - title: Wireless mouse
            quantity: 1
            price: "12.99"
          currency: USD
          status: completed
          placed_at: '2026-10-21T12:00:00Z'
          payment:
            method: alipay_card
            amount: "12.99"
            paid_at: '2026-10-21T12:00:00Z'
          shipped_at: '2026-10-24T12:00:00Z'
          delivered_at: '2026-11-05T12:00:00Z'
          completed_at: '2026-11-06T12:00:00Z'
          deleted: true
        - id: "7300000361"
          buyer: B0044
          seller: S0015
          items:
          - title: Camping stove
            quantity: 1
            price: "44.50"
          currency: USD
          status: awaiting_payment
          placed_at: '2026-11-20T06:00:00Z'

        """#

    /// The demo fixture with its instants moved so that its `now` is `now`.
    public static func fixture(at now: Date? = nil) throws -> Fixture {
        let fixture = try FixtureParser().parse(yaml, file: "demo")
        guard let now, let then = fixture.now else { return fixture }
        return fixture.shifted(by: now.timeIntervalSince(then))
    }
}
