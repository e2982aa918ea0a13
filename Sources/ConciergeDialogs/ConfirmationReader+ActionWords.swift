import Foundation

/// Each pending action's own verbs and nouns, in English and in the languages buyers mix in: said beside a decision
/// they say the action again or stand beside it.
extension ConfirmationReader {
    /// The pending action's own verbs: said again ("yes, send it", "please cancel"), they agree; after a negator they refuse.
    public static func actionVerbs(_ goal: DialogGoal) -> Set<String> {
        // English, then the verbs of the languages buyers mix in ("sim, pode cancelar", "oui, annulez").
        switch goal {
        case .cancelOrder: ["cancel", "scrap", "iptal", "batalkan", "ikansela", "cancelar", "cancela", "cancele", "cancelalo", "cancelala", "annuler", "annulez", "annule",
                            "stornieren", "storniere", "storniert", "annullare", "annulla", "anuluj", "annuleren", "annuleer"]
        case .cancelPayment: ["stop it", "stop the payment", "stop payment", "stop that payment", "stop this payment", "stop my payment",
                              "stop that charge", "stop the transaction", "stop the charge", "cancel the payment", "cancel my payment", "cancel payment", "cancel the charge", "cancel it",
                              "cancel that payment", "cancel the double charge", "cancel the duplicate", "void", "cancelar", "cancela", "cancele", "annuler", "annulez", "annule", "stornieren",
                              "storniere", "annullare", "annulla", "anuluj", "annuleren", "annuleer"]
        case .messageSeller: ["send", "message", "gönder", "gonder", "kirim", "ipadala", "envie", "envia", "envía", "envialo", "envíalo", "enviar", "manda",
                              "mandar", "mandalo", "mándalo", "envoyer", "envoyez", "envoie", "schicken", "schick", "senden", "sende",
                              "inviare", "invia", "verstuur", "versturen", "wyślij", "wyslij"]
        case .openDispute: ["open", "file", "start", "raise", "submit", "abre", "abrir", "abra", "abrela", "ábrela", "ouvrir", "ouvrez",
                            "ouvre", "öffnen", "offnen", "öffne", "aprire", "apri", "openen", "otwórz", "otworz"]
        case .deleteOrder: ["delete", "remove", "erase", "hapus", "sil", "hide", "bin", "trash", "clear", "tidy", "tidy it away", "clean it up", "clean up", "clean it out", "take it off", "take off",
                            "put it away", "put away", "clear it out", "clear out", "throw it away", "throw away", "throw it out", "borrar", "borra", "borralo", "bórralo",
                            "eliminar", "elimina", "apagar", "apaga", "supprimer", "supprimez", "supprime", "löschen", "loschen",
                            "lösche", "cancellare", "verwijder", "verwijderen", "usuń", "usun"]
        case .restoreOrder: ["restore", "undelete", "recover", "bring", "put it back", "put back", "restaurar", "restaura", "recuperar", "recupera", "restaurer",
                             "restaurez", "wiederherstellen", "ripristinare", "ripristina", "herstellen", "herstel", "przywróć", "przywroc"]
        case .deletePermanently: ["delete", "erase", "remove", "wipe", "purge", "destroy", "borrar", "borra", "eliminar", "elimina",
                                  "apagar", "apaga", "supprimer", "supprimez", "supprime", "löschen", "loschen", "lösche",
                                  "cancellare", "verwijder", "verwijderen", "usuń", "usun"]
        case .confirmReceipt: ["mark it as received", "mark as received", "mark it received", "mark it as delivered", "confirm", "received", "receive", "arrived", "complete", "confirmar", "confirma", "confirmo", "recibí",
                               "recibi", "recebi", "llegó", "llego", "chegou", "confirmer", "confirmez", "reçu", "recu", "arrivé",
                               "arrive", "bestätigen", "bestatigen", "bestätige", "angekommen", "erhalten", "confermare", "conferma",
                               "ricevuto", "arrivato", "ontvangen", "bevestigen", "otrzymałem", "otrzymalam", "potwierdzam"]
        case .orderStatus, .refundStatus: []
        }
    }

    /// The pending action's own nouns and adverbs ("the cancellation", "for good"): they stand beside a decision.
    public static func actionNouns(_ goal: DialogGoal) -> Set<String> {
        switch goal {
        case .cancelOrder: ["cancellation", "cancelled", "seller", "off", "shop", "store", "request", "refund", "anymore", "people", "folks",
                            // A reason said again beside the yes: "yes, I don't need it anymore".
                            "dont need it", "do not need it", "dont need this", "dont need it anymore", "dont want it anymore",
                            "do not want it anymore", "dont want to wait", "do not want to wait", "no longer need it", "no longer want it"]
        case .cancelPayment: ["payment", "charge", "charged", "money", "duplicate", "double", "twice", "extra", "cancelled", "voided", "pago", "pagamento", "paiement", "zahlung", "bayad",
                               // Another card to pay again with: "I pay again after with other card".
                               "other card", "another card", "a different card", "my other card", "the other card", "different card",
                               "pay", "paid", "card", "own", "ill pay again", "i will pay again", "pay again", "pay it again", "pay later"]
        case .messageSeller: ["seller", "shop", "store", "message", "note", "text", "him", "her", "them", "off", "people", "folks", "ask", "tell", "write", "mensaje", "mensagem", "nachricht", "messaggio"]
        case .openDispute: ["dispute", "seller", "shop", "claim", "case", "refund", "full", "complaint", "money", "back", "disputa", "litige", "streitfall", "reclamo", "reclamação"]
        case .deleteOrder: ["list", "deleted", "orders", "history", "out", "rid", "away", "move", "moved", "off", "out of sight", "tidy up",
                            "dont want to see it", "do not want to see it", "dont need to see it", "dont want it in my list"]
        case .restoreOrder: ["back", "list", "orders", "restored", "where it was", "where it belongs", "where it was before"]
        case .deletePermanently: ["permanently", "permanent", "forever", "na zawsze", "para siempre", "para sempre", "pour toujours", "für immer",
                                  "per sempre", "voor altijd", "endgültig", "endgultig", "definitivamente", "définitivement", "completely", "good", "deleted", "gone", "rid", "anymore",
                                  // The summary's warning said back: "yes, I know I can't dispute it anymore".
                                  "cant dispute it", "cannot dispute it", "cant get it back", "cannot get it back", "cant undo it",
                                  "cant come back", "cannot come back", "it cant come back", "it cannot come back", "wont come back",
                                  "cannot undo it", "cant restore it", "cannot restore it", "cant be undone", "cannot be undone",
                                  "cant dispute it after", "cannot dispute it after", "cant dispute it afterwards", "cannot dispute it afterwards",
                                  "cant dispute it later", "cannot dispute it later", "can not be undone", "cant be reversed", "cannot be reversed", "cant be restored", "cannot be restored"]
        case .confirmReceipt: ["mark", "came", "delivered", "yesterday", "receipt", "delivery", "parcel", "package", "got", "confirmed", "arrived", "received",
                               // The item said to be right, and the seller told so: "yes, they came and they are fine, tell them so".
                               "they are fine", "theyre fine", "they are all fine", "they are good", "they are perfect", "it is all fine",
                               "safe", "safely", "well", "tell them", "tell them so", "let them know", "let the seller know", "tell the seller"]
        case .orderStatus, .refundStatus: []
        }
    }
}
