import Foundation
import GRDB
import ConciergeDomain

/// The named, frozen migrations of the order store.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-orders") { db in
            try db.execute(sql: """
                CREATE TABLE buyer (
                    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
                    name TEXT NOT NULL
                );
                CREATE TABLE seller (
                    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
                    name TEXT NOT NULL,
                    handling_days INTEGER NOT NULL CHECK (handling_days >= 0)
                );
                CREATE TABLE "order" (
                    id TEXT PRIMARY KEY NOT NULL
                        CHECK (length(id) BETWEEN 6 AND 20 AND id NOT GLOB '*[^0-9]*'),
                    buyer_id TEXT NOT NULL REFERENCES buyer(id),
                    seller_id TEXT NOT NULL REFERENCES seller(id),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    status TEXT NOT NULL CHECK (status IN ('awaiting_payment', 'payment_processing',
                        'awaiting_shipment', 'cancellation_requested', 'shipped', 'delivered', 'in_dispute',
                        'frozen', 'completed', 'cancelled')),
                    placed_at DATETIME NOT NULL,
                    shipped_at DATETIME,
                    tracking TEXT,
                    delivered_at DATETIME,
                    completed_at DATETIME,
                    deletion TEXT NOT NULL DEFAULT 'none' CHECK (deletion IN ('none', 'deleted', 'permanent')),
                    status_before_freeze TEXT
                );
                CREATE INDEX order_by_buyer ON "order"(buyer_id, placed_at);
                CREATE TABLE order_item (
                    order_id TEXT NOT NULL REFERENCES "order"(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL CHECK (position >= 0),
                    title TEXT NOT NULL CHECK (length(title) > 0),
                    quantity INTEGER NOT NULL CHECK (quantity > 0),
                    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
                    PRIMARY KEY (order_id, position)
                );
                CREATE TABLE payment (
                    order_id TEXT PRIMARY KEY NOT NULL REFERENCES "order"(id) ON DELETE CASCADE,
                    method TEXT NOT NULL CHECK (method IN ('card', 'paypal', 'balance', 'coupon', 'alipay_card')),
                    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
                    paid_at DATETIME NOT NULL,
                    duplicate_charge BOOLEAN NOT NULL DEFAULT 0
                );
                CREATE TABLE cancellation (
                    order_id TEXT PRIMARY KEY NOT NULL REFERENCES "order"(id) ON DELETE CASCADE,
                    reason TEXT NOT NULL CHECK (reason IN ('no_longer_needed', 'change_order',
                        'change_shipping_address', 'different_coupon', 'change_delivery_method',
                        'payment_problem', 'other')),
                    note TEXT,
                    at DATETIME NOT NULL,
                    answer TEXT CHECK (answer IN ('accepted', 'declined'))
                );
                -- One refund per order (so per payment), never more than was paid.
                CREATE TABLE refund (
                    order_id TEXT PRIMARY KEY NOT NULL REFERENCES "order"(id) ON DELETE CASCADE,
                    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
                    stage TEXT NOT NULL CHECK (stage IN ('pending', 'processing', 'refunded')),
                    at DATETIME NOT NULL
                );
                CREATE TRIGGER refund_not_above_payment BEFORE INSERT ON refund
                WHEN NEW.amount_minor > coalesce((SELECT amount_minor FROM payment WHERE order_id = NEW.order_id), 0)
                BEGIN SELECT RAISE(ABORT, 'refund larger than payment'); END;
                CREATE TABLE dispute (
                    order_id TEXT PRIMARY KEY NOT NULL REFERENCES "order"(id) ON DELETE CASCADE,
                    reason TEXT NOT NULL CHECK (reason IN ('not_received', 'damaged', 'not_as_described',
                        'wrong_item', 'missing_parts', 'seller_refused_cancellation')),
                    outcome TEXT NOT NULL CHECK (outcome IN ('full_refund', 'partial_refund', 'return_and_refund')),
                    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
                    description TEXT NOT NULL,
                    evidence TEXT NOT NULL,
                    opened_at DATETIME NOT NULL
                );
                CREATE TABLE message (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    order_id TEXT NOT NULL REFERENCES "order"(id) ON DELETE CASCADE,
                    author TEXT NOT NULL CHECK (author IN ('buyer', 'seller', 'agent')),
                    text TEXT NOT NULL CHECK (length(text) > 0),
                    at DATETIME NOT NULL
                );
                -- Append-only record of who did what to which order.
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at DATETIME NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    order_id TEXT REFERENCES "order"(id),
                    buyer_id TEXT,
                    before_status TEXT,
                    after_status TEXT,
                    detail TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX event_by_order ON event(order_id);
                CREATE TRIGGER event_no_update BEFORE UPDATE ON event
                BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
                CREATE TRIGGER event_no_delete BEFORE DELETE ON event
                BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
                CREATE TABLE handoff (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    buyer_id TEXT NOT NULL REFERENCES buyer(id),
                    order_id TEXT REFERENCES "order"(id),
                    summary TEXT NOT NULL,
                    at DATETIME NOT NULL,
                    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'taken', 'closed'))
                );
                """)
        }
        migrator.registerMigration("v2-agents") { db in
            try db.execute(sql: """
                CREATE TABLE setting (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                -- An agent's correction of what a buyer line meant: material for new catalog examples.
                CREATE TABLE correction (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    text TEXT NOT NULL,
                    predicted TEXT NOT NULL,
                    intent TEXT NOT NULL,
                    agent_id TEXT NOT NULL,
                    at DATETIME NOT NULL
                );
                ALTER TABLE handoff ADD COLUMN agent_id TEXT;
                """)
        }
        migrator.registerMigration("v3-scale", migrate: Self.scale)
        migrator.registerMigration("v4-conversations") { db in
            try db.execute(sql: """
                -- Each buyer's conversation state (flows, slots, the last list): saved every turn so that a chat
                -- can be continued later, from another terminal or another machine.
                CREATE TABLE conversation (
                    buyer_id TEXT PRIMARY KEY NOT NULL REFERENCES buyer(id),
                    state TEXT NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                """)
        }
        migrator.registerMigration("v5-event-chain", migrate: EventChain.migrate)
        migrator.registerMigration("v6-order-versions", migrate: OrderVersions.migrate)
        return migrator
    }

    /// Indexes behind every lookup a chat turn makes, and the indexed instant of each order's next platform timer,
    /// so the timer pass reads only the orders that are due. Existing orders that may have a timer are marked
    /// due at once; the first pass over them stores their exact instant.
    private static func scale(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX message_by_order ON message(order_id, id);
            ALTER TABLE "order" ADD COLUMN next_timer_at DATETIME;
            CREATE INDEX order_by_next_timer ON "order"(next_timer_at) WHERE next_timer_at IS NOT NULL;
            UPDATE "order" SET next_timer_at = placed_at
            WHERE status IN ('awaiting_payment', 'payment_processing', 'awaiting_shipment', 'cancellation_requested')
               OR id IN (SELECT order_id FROM refund WHERE stage != 'refunded');
            """)
    }
}
