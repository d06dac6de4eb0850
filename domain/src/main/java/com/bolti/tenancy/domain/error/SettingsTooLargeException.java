package com.bolti.tenancy.domain.error;

/** A settings object exceeds its size limit. */
public class SettingsTooLargeException extends TenancyException {

    public SettingsTooLargeException(int bytes, int maxBytes) {
        super("settings is " + bytes + " bytes; the limit is " + maxBytes + " bytes");
    }

    @Override
    public String code() {
        return "settings.too_large";
    }
}
