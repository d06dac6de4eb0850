package com.bolti.tenancy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code call_logs}. */
@Entity
@Table(name = "call_logs")
public class CallLogEntity extends ScopedEntity {

    @Column(name = "agent_id")
    public UUID agentId;

    @Column(name = "phone_number_id")
    public UUID phoneNumberId;

    @Column(nullable = false)
    public String direction;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "duration_seconds", nullable = false)
    public int durationSeconds;

    @Column(name = "recording_url")
    public String recordingUrl;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
