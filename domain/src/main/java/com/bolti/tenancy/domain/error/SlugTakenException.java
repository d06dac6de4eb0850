package com.bolti.tenancy.domain.error;

/** Another organization, or another workspace of the same organization, has the slug. */
public class SlugTakenException extends TenancyException {

    private final String slug;

    public SlugTakenException(String slug) {
        super("slug '" + slug + "' is already taken");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    @Override
    public String code() {
        return "slug.taken";
    }
}
