package com.bolti.tenancy.domain.error;

/** A credit top-up in another currency than the one the organization's ledger is kept in. */
public class CurrencyMismatchException extends TenancyException {

    public CurrencyMismatchException(String requested, String ledgerCurrency) {
        super("currency " + requested + " does not match this organization's credit currency " + ledgerCurrency
                + "; top up in " + ledgerCurrency);
    }

    @Override
    public String code() {
        return "billing.currency_mismatch";
    }
}
