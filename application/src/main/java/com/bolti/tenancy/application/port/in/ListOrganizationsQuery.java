package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;

/** Lists the organizations the caller belongs to, with their role in each. */
public interface ListOrganizationsQuery {

    Page<MemberOrganization> list(UserId actor, PageRequest page);
}
