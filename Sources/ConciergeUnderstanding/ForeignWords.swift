import ConciergeDomain
/// Common words of other languages that buyers writing in English mix in ("hola", "mi pedido",
/// "danke", "remboursement"), each with the English word a catalog sentence would use: the
/// classifier then reads the request it means instead of an unknown word. Accents are already
/// folded by the normaliser. Words that are also English ("favor", "aide", "dove", "will") are
/// left out; a word the catalog or the English word list knows is never replaced.
enum ForeignWords {
    static let english: [String: String] = [
        // Spanish
        "hola": "hello", "buenos": "good", "buenas": "good", "gracias": "thanks", "adios": "bye",
        "ayuda": "help", "ayudame": "help", "pedido": "order", "pedidos": "orders", "orden": "order",
        "reembolso": "refund", "devolucion": "refund", "dinero": "money", "cancelar": "cancel",
        "cancela": "cancel", "donde": "where", "cuando": "when", "vendedor": "seller", "tienda": "shop",
        "paquete": "package", "llego": "arrived", "roto": "broken", "rota": "broken", "pago": "payment",
        "persona": "person", "hablar": "talk", "humano": "human", "agente": "agent", "borrar": "delete",
        "eliminar": "delete", "recuperar": "restore", "mensaje": "message", "queja": "complaint",
        "reclamo": "complaint", "reclamacion": "complaint", "mi": "my", "mis": "my", "quiero": "want",
        "necesito": "need", "tarjeta": "card", "veces": "times",
        // French
        "bonjour": "hello", "bonsoir": "hello", "salut": "hi", "merci": "thanks", "revoir": "bye",
        "aidez": "help", "commande": "order", "commandes": "orders", "remboursement": "refund",
        "rembourse": "refunded", "argent": "money", "annuler": "cancel", "quand": "when",
        "vendeur": "seller", "colis": "package", "casse": "broken", "paiement": "payment",
        "parler": "talk", "humain": "human", "supprimer": "delete", "plainte": "complaint",
        "litige": "dispute", "veux": "want", "besoin": "need", "carte": "card",
        // German
        "hallo": "hello", "danke": "thanks", "tschuss": "bye", "tschus": "bye", "hilfe": "help",
        "bestellung": "order", "bestellungen": "orders", "ruckerstattung": "refund", "erstattung": "refund",
        "geld": "money", "stornieren": "cancel", "wo": "where", "wann": "when", "verkaufer": "seller",
        "paket": "package", "kaputt": "broken", "zahlung": "payment", "sprechen": "talk",
        "loschen": "delete", "nachricht": "message", "beschwerde": "complaint", "mein": "my",
        "meine": "my", "ich": "i", "brauche": "need", "karte": "card",
        // Portuguese and Italian
        "ola": "hello", "obrigado": "thanks", "obrigada": "thanks", "tchau": "bye", "ajuda": "help",
        "encomenda": "order", "dinheiro": "money", "onde": "where", "quando": "when", "pacote": "package",
        "quebrado": "broken", "pagamento": "payment", "falar": "talk", "pessoa": "person", "apagar": "delete",
        "meu": "my", "minha": "my", "preciso": "need", "cartao": "card", "grazie": "thanks",
        "arrivederci": "bye", "aiuto": "help", "ordine": "order", "rimborso": "refund", "soldi": "money",
        "annullare": "cancel", "venditore": "seller", "pacco": "package", "rotto": "broken", "parlare": "talk",
        // Greetings and thanks from further away
        "namaste": "hello", "salam": "hello", "salaam": "hello", "konnichiwa": "hello", "privet": "hi",
        "shukran": "thanks", "arigato": "thanks", "spasibo": "thanks",
    ]
}
