-- Ownership rule and billing: plan tier (organizations.plan_tier, from V1), a credit ledger in
-- one currency per organization, payment methods as processor references, and invoices.
-- Every billing table carries organization_id and goes with its organization.

-- Exactly one owner per organization, checked when each transaction that changes memberships
-- commits. The unique index organization_members_one_owner (V1) rejects a second owner at
-- once; this rejects a commit that leaves an existing organization without one.
CREATE FUNCTION organization_members_require_owner() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    organization uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.organization_id ELSE NEW.organization_id END;
BEGIN
    IF EXISTS (SELECT 1 FROM organizations WHERE id = organization)
            AND (SELECT count(*) FROM organization_members
                 WHERE organization_id = organization AND role = 'OWNER') <> 1 THEN
        RAISE EXCEPTION 'organization % must have exactly one owner', organization
            USING ERRCODE = 'check_violation', CONSTRAINT = 'organization_members_owner_required';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER organization_members_owner_required
    AFTER INSERT OR UPDATE OR DELETE ON organization_members
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION organization_members_require_owner();

-- A run of 12 or more digits, optionally separated by spaces or dashes: what a card number
-- looks like. Payment method columns must never contain one.
CREATE FUNCTION contains_card_number(value text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT value ~ '[0-9]([ -]*[0-9]){11}' $$;

CREATE TABLE payment_methods (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    -- The payment processor's reference to the card; card data itself is never stored.
    processor_token text        NOT NULL,
    brand           text        NOT NULL,
    last4           text        NOT NULL,
    exp_month       integer     NOT NULL,
    exp_year        integer     NOT NULL,
    created_at      timestamptz NOT NULL,
    -- Set when the method is removed; ledger entries keep referring to removed methods.
    removed_at      timestamptz,
    -- Target of the ledger's foreign key, which pins a top-up to its organization's methods.
    CONSTRAINT payment_methods_id_organization_key UNIQUE (id, organization_id),
    CONSTRAINT payment_methods_last4_format CHECK (last4 ~ '^[0-9]{4}$'),
    CONSTRAINT payment_methods_exp_month_range CHECK (exp_month BETWEEN 1 AND 12),
    CONSTRAINT payment_methods_exp_year_range CHECK (exp_year BETWEEN 2000 AND 2100),
    CONSTRAINT payment_methods_no_card_number
        CHECK (NOT contains_card_number(processor_token) AND NOT contains_card_number(brand))
);
CREATE INDEX payment_methods_organization_idx ON payment_methods (organization_id, id);

-- One row per organization that has credit: its first top-up fixes the currency.
CREATE TABLE credit_accounts (
    organization_id uuid        PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    currency        text        NOT NULL,
    created_at      timestamptz NOT NULL,
    -- Target of the ledger's foreign key, which keeps every entry in the account's currency.
    CONSTRAINT credit_accounts_currency_key UNIQUE (organization_id, currency),
    CONSTRAINT credit_accounts_currency_format CHECK (currency ~ '^[A-Z]{3}$')
);

-- Append-only: the balance is the sum of amount_minor over an organization's entries.
CREATE TABLE credit_ledger_entries (
    id                uuid        PRIMARY KEY,
    organization_id   uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    kind              text        NOT NULL,
    -- Integer minor units of currency, for example cents.
    amount_minor      bigint      NOT NULL,
    currency          text        NOT NULL,
    payment_method_id uuid,
    actor_user_id     uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at        timestamptz NOT NULL,
    CONSTRAINT credit_ledger_entries_kind_known CHECK (kind IN ('top_up')),
    CONSTRAINT credit_ledger_entries_top_up_shape
        CHECK (kind <> 'top_up' OR (amount_minor > 0 AND payment_method_id IS NOT NULL)),
    CONSTRAINT credit_ledger_entries_account_fk FOREIGN KEY (organization_id, currency)
        REFERENCES credit_accounts (organization_id, currency) ON DELETE CASCADE,
    CONSTRAINT credit_ledger_entries_payment_method_fk FOREIGN KEY (payment_method_id, organization_id)
        REFERENCES payment_methods (id, organization_id)
);
-- Newest-first keyset pagination; also the index of the account foreign key's leading column.
CREATE INDEX credit_ledger_entries_organization_idx ON credit_ledger_entries (organization_id, id DESC);
CREATE INDEX credit_ledger_entries_account_idx ON credit_ledger_entries (organization_id, currency);
CREATE INDEX credit_ledger_entries_payment_method_idx ON credit_ledger_entries (payment_method_id, organization_id);
CREATE INDEX credit_ledger_entries_actor_idx ON credit_ledger_entries (actor_user_id);

-- Written by whatever issues invoices; this service only lists them.
CREATE TABLE invoices (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    number          text        NOT NULL,
    status          text        NOT NULL,
    total_minor     bigint      NOT NULL,
    currency        text        NOT NULL,
    period_start    timestamptz NOT NULL,
    period_end      timestamptz NOT NULL,
    issued_at       timestamptz,
    created_at      timestamptz NOT NULL,
    CONSTRAINT invoices_number_key UNIQUE (organization_id, number),
    CONSTRAINT invoices_status_known CHECK (status IN ('draft', 'open', 'paid', 'void', 'uncollectible')),
    CONSTRAINT invoices_total_not_negative CHECK (total_minor >= 0),
    CONSTRAINT invoices_currency_format CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT invoices_period_order CHECK (period_end > period_start)
);
CREATE INDEX invoices_organization_idx ON invoices (organization_id, id DESC);
