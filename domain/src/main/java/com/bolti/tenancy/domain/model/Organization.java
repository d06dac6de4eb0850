package com.bolti.tenancy.domain.model;

import com.bolti.tenancy.domain.error.PaidPlanActiveException;
import java.time.Instant;
import java.util.Objects;

/** Account and billing unit that contains workspaces and members. */
public final class Organization {

    private final OrganizationId id;
    private Name name;
    private Slug slug;
    private String logoUrl;
    private Settings settings;
    private PlanTier planTier;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Organization(OrganizationId id, Name name, Slug slug, String logoUrl, Settings settings,
            PlanTier planTier, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.slug = Objects.requireNonNull(slug);
        this.logoUrl = logoUrl;
        this.settings = Objects.requireNonNull(settings);
        this.planTier = Objects.requireNonNull(planTier);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** Creates a new organization on the free plan, with empty settings and no logo. */
    public static Organization create(OrganizationId id, Name name, Slug slug, Instant now) {
        return new Organization(id, name, slug, null, Settings.EMPTY, PlanTier.FREE, now, now, 0);
    }

    /** Rebuilds an organization from storage, trusting the stored values. */
    public static Organization restore(OrganizationId id, Name name, Slug slug, String logoUrl,
            Settings settings, PlanTier planTier, Instant createdAt, Instant updatedAt, long version) {
        return new Organization(id, name, slug, logoUrl, settings, planTier, createdAt, updatedAt,
                version);
    }

    /** Renames the organization; the slug stays as it is. */
    public void rename(Name newName, Instant now) {
        this.name = Objects.requireNonNull(newName);
        this.updatedAt = now;
    }

    /** Changes the slug; the old one is freed and links that used it break. */
    public void changeSlug(Slug newSlug, Instant now) {
        this.slug = Objects.requireNonNull(newSlug);
        this.updatedAt = now;
    }

    /** Sets or clears ({@code null}) the logo address. */
    public void changeLogo(String newLogoUrl, Instant now) {
        this.logoUrl = newLogoUrl;
        this.updatedAt = now;
    }

    /** Replaces the settings document as a whole. */
    public void replaceSettings(Settings newSettings, Instant now) {
        this.settings = Objects.requireNonNull(newSettings);
        this.updatedAt = now;
    }

    /** Moves the organization to another billing plan. */
    public void changePlan(PlanTier newTier, Instant now) {
        this.planTier = Objects.requireNonNull(newTier);
        this.updatedAt = now;
    }

    /** Throws {@link PaidPlanActiveException} unless the organization is on the free plan. */
    public void checkDeletable() {
        if (planTier != PlanTier.FREE) {
            throw new PaidPlanActiveException(planTier.wireName());
        }
    }

    public OrganizationId id() {
        return id;
    }

    public Name name() {
        return name;
    }

    public Slug slug() {
        return slug;
    }

    public String logoUrl() {
        return logoUrl;
    }

    public Settings settings() {
        return settings;
    }

    public PlanTier planTier() {
        return planTier;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Returns the version the organization was loaded with; storage increments it on write. */
    public long version() {
        return version;
    }
}
