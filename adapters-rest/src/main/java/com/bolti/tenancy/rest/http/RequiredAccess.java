package com.bolti.tenancy.rest.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what a caller needs to reach a resource method. A method that declares neither this
 * nor {@code @PermitAll} is refused for everybody ({@link DeclaredAccessFilter}); the use case
 * then checks the organization power or workspace capability named here against the database.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiredAccess {

    /**
     * The power or capability in the words of the contract, for example
     * {@code organization.members.manage} or {@code workspace:members.manage}.
     */
    String value();

    /** A token scope the call needs, such as {@code authz:check}; empty for calls by users. */
    String scope() default "";
}
