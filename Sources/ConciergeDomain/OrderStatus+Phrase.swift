extension OrderStatus {
    /// The status as it reads after "is": "Order #7300000042 is waiting for the seller to answer a cancellation
    /// request", where `label` ("cancellation requested") would make "is cancellation requested".
    public var afterIs: String {
        switch self {
        case .paymentProcessing: "waiting for its payment to be verified"
        case .cancellationRequested: "waiting for the seller to answer a cancellation request"
        case .awaitingPayment, .awaitingShipment, .shipped, .delivered, .inDispute, .frozen, .completed, .cancelled: label
        }
    }
}
