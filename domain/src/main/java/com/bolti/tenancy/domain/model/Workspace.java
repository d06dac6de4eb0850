package com.bolti.tenancy.domain.model;

import com.bolti.tenancy.domain.error.LastWorkspaceException;
import java.time.Instant;
import java.util.Objects;

/** Isolated container of agents, phone numbers, tools, contacts, call logs and knowledge bases. */
public final class Workspace {

    private final WorkspaceId id;
    private final OrganizationId organizationId;
    private Name name;
    private Slug slug;
    private Settings settings;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Workspace(WorkspaceId id, OrganizationId organizationId, Name name, Slug slug,
            Settings settings, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.name = Objects.requireNonNull(name);
        this.slug = Objects.requireNonNull(slug);
        this.settings = Objects.requireNonNull(settings);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** Creates a new workspace in an organization. */
    public static Workspace create(WorkspaceId id, OrganizationId organizationId, Name name,
            Slug slug, Settings settings, Instant now) {
        return new Workspace(id, organizationId, name, slug, settings, now, now, 0);
    }

    /** Rebuilds a workspace from storage, trusting the stored values. */
    public static Workspace restore(WorkspaceId id, OrganizationId organizationId, Name name,
            Slug slug, Settings settings, Instant createdAt, Instant updatedAt, long version) {
        return new Workspace(id, organizationId, name, slug, settings, createdAt, updatedAt, version);
    }

    /** Renames the workspace; the slug stays as it is. */
    public void rename(Name newName, Instant now) {
        this.name = Objects.requireNonNull(newName);
        this.updatedAt = now;
    }

    /** Changes the slug; the old one is freed within the organization. */
    public void changeSlug(Slug newSlug, Instant now) {
        this.slug = Objects.requireNonNull(newSlug);
        this.updatedAt = now;
    }

    /** Replaces the settings document as a whole. */
    public void replaceSettings(Settings newSettings, Instant now) {
        this.settings = Objects.requireNonNull(newSettings);
        this.updatedAt = now;
    }

    /**
     * Throws {@link LastWorkspaceException} when the workspace is the only one of its
     * organization, given how many the organization has now.
     */
    public void checkDeletable(long workspacesInOrganization) {
        if (workspacesInOrganization <= 1) {
            throw new LastWorkspaceException(id.value());
        }
    }

    public WorkspaceId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public Name name() {
        return name;
    }

    public Slug slug() {
        return slug;
    }

    public Settings settings() {
        return settings;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Returns the version the workspace was loaded with; storage increments it on write. */
    public long version() {
        return version;
    }
}
