package com.bolti.tenancy.bootstrap;

import com.bolti.tenancy.application.port.out.AccessChecks;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.CreditLedger;
import com.bolti.tenancy.application.port.out.InvitationRepository;
import com.bolti.tenancy.application.port.out.Invoices;
import com.bolti.tenancy.application.port.out.OrganizationMembers;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.PaymentMethods;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.UserRepository;
import com.bolti.tenancy.application.port.out.WorkspaceContents;
import com.bolti.tenancy.application.port.out.WorkspaceMembers;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.application.service.AuthorizationService;
import com.bolti.tenancy.application.service.BillingService;
import com.bolti.tenancy.application.service.CreditService;
import com.bolti.tenancy.application.service.IdentityService;
import com.bolti.tenancy.application.service.InvitationService;
import com.bolti.tenancy.application.service.OrganizationDeletionService;
import com.bolti.tenancy.application.service.OrganizationMemberService;
import com.bolti.tenancy.application.service.OrganizationService;
import com.bolti.tenancy.application.service.OrganizationSetup;
import com.bolti.tenancy.application.service.OwnershipService;
import com.bolti.tenancy.application.service.PaymentMethodService;
import com.bolti.tenancy.application.service.WorkspaceDeletionService;
import com.bolti.tenancy.application.service.WorkspaceMemberService;
import com.bolti.tenancy.application.service.WorkspaceService;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Builds the framework-free application services from their outbound adapters. Each service
 * is exposed under every use case interface it implements.
 */
@Singleton
public class UseCaseWiring {

    /** System time in UTC; tests replace it to move time forward. */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    OrganizationSetup organizationSetup(OrganizationRepository organizations, OrganizationMembers organizationMembers,
            WorkspaceRepository workspaces, WorkspaceMembers workspaceMembers, AuditTrail auditTrail, Clock clock) {
        return new OrganizationSetup(organizations, organizationMembers, workspaces, workspaceMembers, auditTrail,
                clock);
    }

    @Produces
    @Singleton
    OrganizationService organizationService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            OrganizationSetup setup, AuditTrail auditTrail, Clock clock) {
        return new OrganizationService(unitOfWork, organizations, setup, auditTrail, clock);
    }

    @Produces
    @Singleton
    WorkspaceService workspaceService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            WorkspaceRepository workspaces, WorkspaceMembers workspaceMembers, AuditTrail auditTrail, Clock clock) {
        return new WorkspaceService(unitOfWork, organizations, workspaces, workspaceMembers, auditTrail, clock);
    }

    @Produces
    @Singleton
    IdentityService identityService(UnitOfWork unitOfWork, UserRepository users, OrganizationRepository organizations,
            WorkspaceRepository workspaces, OrganizationSetup setup, Clock clock) {
        return new IdentityService(unitOfWork, users, organizations, workspaces, setup, clock);
    }

    @Produces
    @Singleton
    OrganizationMemberService organizationMemberService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            OrganizationMembers members, AuditTrail auditTrail, Clock clock) {
        return new OrganizationMemberService(unitOfWork, organizations, members, auditTrail, clock);
    }

    @Produces
    @Singleton
    WorkspaceMemberService workspaceMemberService(UnitOfWork unitOfWork, WorkspaceRepository workspaces,
            WorkspaceMembers members, AuditTrail auditTrail, Clock clock) {
        return new WorkspaceMemberService(unitOfWork, workspaces, members, auditTrail, clock);
    }

    @Produces
    @Singleton
    InvitationService invitationService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            OrganizationMembers organizationMembers, WorkspaceRepository workspaces, WorkspaceMembers workspaceMembers,
            InvitationRepository invitations, AuditTrail auditTrail, Clock clock) {
        return new InvitationService(unitOfWork, organizations, organizationMembers, workspaces, workspaceMembers,
                invitations, auditTrail, clock);
    }

    @Produces
    @Singleton
    AuthorizationService authorizationService(UnitOfWork unitOfWork, AccessChecks accessChecks) {
        return new AuthorizationService(unitOfWork, accessChecks);
    }

    @Produces
    @Singleton
    OwnershipService ownershipService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            OrganizationMembers members, AuditTrail auditTrail, Clock clock) {
        return new OwnershipService(unitOfWork, organizations, members, auditTrail, clock);
    }

    @Produces
    @Singleton
    WorkspaceDeletionService workspaceDeletionService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            WorkspaceRepository workspaces, WorkspaceMembers workspaceMembers, InvitationRepository invitations,
            WorkspaceContents contents, AuditTrail auditTrail, Clock clock) {
        return new WorkspaceDeletionService(unitOfWork, organizations, workspaces, workspaceMembers, invitations,
                contents, auditTrail, clock);
    }

    @Produces
    @Singleton
    OrganizationDeletionService organizationDeletionService(UnitOfWork unitOfWork,
            OrganizationRepository organizations, OrganizationMembers members, WorkspaceRepository workspaces,
            WorkspaceMembers workspaceMembers, InvitationRepository invitations, WorkspaceContents contents,
            PaymentMethods paymentMethods, CreditLedger ledger, Invoices invoices, Clock clock) {
        return new OrganizationDeletionService(unitOfWork, organizations,
                new OrganizationDeletionService.Ports(members, workspaces, workspaceMembers, invitations, contents,
                        paymentMethods, ledger, invoices),
                clock);
    }

    @Produces
    @Singleton
    BillingService billingService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            PaymentMethods paymentMethods, CreditLedger ledger, Invoices invoices, AuditTrail auditTrail, Clock clock) {
        return new BillingService(unitOfWork, organizations, paymentMethods, ledger, invoices, auditTrail, clock);
    }

    @Produces
    @Singleton
    CreditService creditService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            PaymentMethods paymentMethods, CreditLedger ledger, AuditTrail auditTrail, Clock clock) {
        return new CreditService(unitOfWork, organizations, paymentMethods, ledger, auditTrail, clock);
    }

    @Produces
    @Singleton
    PaymentMethodService paymentMethodService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            PaymentMethods paymentMethods, AuditTrail auditTrail, Clock clock) {
        return new PaymentMethodService(unitOfWork, organizations, paymentMethods, auditTrail, clock);
    }
}
