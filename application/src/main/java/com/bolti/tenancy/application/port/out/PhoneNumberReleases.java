package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.resource.PhoneNumber;

/**
 * Announces released phone numbers to the telephony service through the transactional
 * outbox, in the transaction of the release.
 */
public interface PhoneNumberReleases {

    /** Writes one {@code phone_number.released} message for a number that was just released. */
    void announce(PhoneNumber released, UserId actor);
}
