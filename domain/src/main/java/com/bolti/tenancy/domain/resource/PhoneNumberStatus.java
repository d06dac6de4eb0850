package com.bolti.tenancy.domain.resource;

/** State of a purchased phone number; a released number stays listed but cannot be used again. */
public enum PhoneNumberStatus {
    ACTIVE, RELEASED
}
