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
        // The verbs and little words of a request written in another language or half in one ("quero
        // cancelar o pedido", "recebi o item errado", "el paquete llego roto", "ich habe es nicht erhalten").
        // Portuguese
        "quero": "want", "queria": "want", "recebi": "received", "recebido": "received", "chegou": "arrived",
        "chegaram": "arrived", "veio": "came", "vieram": "came", "errado": "wrong", "errada": "wrong",
        "mensagem": "message", "loja": "shop", "manda": "send", "mandar": "send", "envia": "send",
        "abrir": "open", "disputa": "dispute", "esquece": "forget", "esqueca": "forget", "pode": "can",
        "posso": "can", "cade": "where", "devolver": "return", "devolucao": "refund", "troca": "exchange",
        "produto": "item", "entrega": "delivery", "entregue": "delivered", "rastreio": "tracking",
        "rastrear": "track", "nao": "not", "excluir": "delete", "restaurar": "restore",
        "confirmar": "confirm", "pagar": "pay", "paguei": "paid", "cobrado": "charged",
        "cobranca": "charge", "compra": "purchase", "comprei": "bought", "atendente": "agent",
        "verdade": "real", "quebrada": "broken", "defeito": "defect", "faltando": "missing", "isso": "that",
        "isto": "this", "uma": "a", "pra": "for", "para": "for", "com": "with", "voltar": "back",
        "ainda": "still", "vendedora": "seller", "estorno": "refund", "oi": "hi",
        "espera": "wait", "espere": "wait", "dia": "day", "de": "of", "da": "of", "do": "of", "dos": "of",
        "das": "of", "celular": "phone", "telefone": "phone", "tambem": "also", "agora": "now",
        // Spanish
        "llegado": "arrived", "llegaron": "arrived", "recibi": "received", "recibido": "received",
        "perfecto": "perfect", "enviar": "send", "envie": "sent", "escribir": "write",
        "cambiar": "change", "equivocado": "wrong", "incorrecto": "wrong", "faltan": "missing",
        "cobro": "charge", "doble": "double", "pague": "paid", "compre": "bought",
        "producto": "item", "articulo": "item", "envio": "shipping", "enviado": "shipped",
        "seguimiento": "tracking", "ahora": "now", "todavia": "still", "nada": "nothing", "estado": "status",
        "cancelado": "cancelled", "cancelacion": "cancellation", "el": "the", "los": "the", "las": "the",
        "una": "a", "por": "for", "que": "that", "esto": "this", "eso": "that", "porque": "why",
        "cuanto": "how", "tiempo": "time", "dias": "days", "del": "of", "telefono": "phone", "tambien": "also",
        // French
        "recu": "received", "envoyer": "send", "ouvrir": "open", "rembourser": "refund",
        "mauvais": "wrong", "manquant": "missing", "livraison": "delivery", "suivi": "tracking",
        "pourquoi": "why", "quoi": "what", "restaurer": "restore", "confirmer": "confirm", "payer": "pay",
        "deux": "two", "fois": "times", "personne": "person", "je": "i", "mes": "my",
        "voudrais": "want", "toujours": "still", "jours": "days",
        // German
        "storno": "cancellation", "bestellt": "ordered", "erhalten": "received", "angekommen": "arrived",
        "bekommen": "received", "falsch": "wrong", "fehlt": "missing", "beschadigt": "damaged",
        "senden": "send", "schicken": "send", "offnen": "open", "reklamation": "complaint",
        "ruckgabe": "return", "zuruck": "back", "warum": "why", "wie": "how", "lange": "long",
        "versand": "shipping", "geliefert": "delivered", "lieferung": "delivery", "bezahlt": "paid",
        "bezahlen": "pay", "doppelt": "double", "zweimal": "twice", "mensch": "human",
        "mitarbeiter": "agent", "bitte": "please", "wiederherstellen": "restore", "bestatigen": "confirm",
        "mochte": "want", "nicht": "not", "noch": "still", "keine": "no", "ist": "is", "und": "and",
        "mit": "with", "tage": "days",
        // Italian
        "cancellare": "cancel", "ricevuto": "received", "arrivato": "arrived", "sbagliato": "wrong",
        "mancante": "missing", "inviare": "send", "messaggio": "message", "aprire": "open",
        "perche": "why", "voglio": "want", "vorrei": "want", "mio": "my", "mia": "my", "negozio": "shop",
        "spedito": "shipped", "spedizione": "shipping", "consegna": "delivery", "pagato": "paid",
        "pagare": "pay", "cancellato": "cancelled", "eliminare": "delete", "ripristinare": "restore",
        "confermare": "confirm", "operatore": "agent", "ancora": "still", "giorni": "days",
    ]
}
