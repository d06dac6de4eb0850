package com.bolti.tenancy.bootstrap;

import com.bolti.tenancy.application.port.out.AccessChecks;
import com.bolti.tenancy.application.port.out.AgentRepository;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.CallLogRepository;
import com.bolti.tenancy.application.port.out.ContactRepository;
import com.bolti.tenancy.application.port.out.CreditLedger;
import com.bolti.tenancy.application.port.out.InvitationRepository;
import com.bolti.tenancy.application.port.out.Invoices;
import com.bolti.tenancy.application.port.out.KnowledgeBaseRepository;
import com.bolti.tenancy.application.port.out.OrganizationMembers;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.PaymentMethods;
import com.bolti.tenancy.application.port.out.PhoneNumberReleases;
import com.bolti.tenancy.application.port.out.PhoneNumberRepository;
import com.bolti.tenancy.application.port.out.ResourceReferences;
import com.bolti.tenancy.application.port.out.ToolRepository;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.UserRepository;
import com.bolti.tenancy.application.port.out.WorkspaceContents;
import com.bolti.tenancy.application.port.out.WorkspaceMembers;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.application.service.AgentCopyService;
import com.bolti.tenancy.application.service.AgentService;
import com.bolti.tenancy.application.service.AuthorizationService;
import com.bolti.tenancy.application.service.BillingService;
import com.bolti.tenancy.application.service.CallLogService;
import com.bolti.tenancy.application.service.ContactService;
import com.bolti.tenancy.application.service.CreditService;
import com.bolti.tenancy.application.service.IdentityService;
import com.bolti.tenancy.application.service.InvitationService;
import com.bolti.tenancy.application.service.KnowledgeBaseService;
import com.bolti.tenancy.application.service.OrganizationDeletionService;
import com.bolti.tenancy.application.service.OrganizationMemberService;
import com.bolti.tenancy.application.service.OrganizationService;
import com.bolti.tenancy.application.service.OrganizationSetup;
import com.bolti.tenancy.application.service.OwnershipService;
import com.bolti.tenancy.application.service.PaymentMethodService;
import com.bolti.tenancy.application.service.PhoneNumberService;
import com.bolti.tenancy.application.service.ToolService;
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

    @Produces
    @Singleton
    AgentService agentService(UnitOfWork unitOfWork, WorkspaceRepository workspaces, AgentRepository agents,
            PhoneNumberRepository phoneNumbers, ResourceReferences references, AuditTrail auditTrail, Clock clock) {
        return new AgentService(unitOfWork, workspaces, agents, phoneNumbers, references, auditTrail, clock);
    }

    @Produces
    @Singleton
    AgentCopyService agentCopyService(UnitOfWork unitOfWork, WorkspaceRepository workspaces, AgentRepository agents,
            ToolRepository tools, KnowledgeBaseRepository knowledgeBases, Clock clock) {
        return new AgentCopyService(unitOfWork, workspaces, agents, tools, knowledgeBases, clock);
    }

    @Produces
    @Singleton
    ToolService toolService(UnitOfWork unitOfWork, WorkspaceRepository workspaces, ToolRepository tools,
            AuditTrail auditTrail, Clock clock) {
        return new ToolService(unitOfWork, workspaces, tools, auditTrail, clock);
    }

    @Produces
    @Singleton
    KnowledgeBaseService knowledgeBaseService(UnitOfWork unitOfWork, WorkspaceRepository workspaces,
            KnowledgeBaseRepository knowledgeBases, AuditTrail auditTrail, Clock clock) {
        return new KnowledgeBaseService(unitOfWork, workspaces, knowledgeBases, auditTrail, clock);
    }

    @Produces
    @Singleton
    ContactService contactService(UnitOfWork unitOfWork, WorkspaceRepository workspaces, ContactRepository contacts,
            AuditTrail auditTrail, Clock clock) {
        return new ContactService(unitOfWork, workspaces, contacts, auditTrail, clock);
    }

    @Produces
    @Singleton
    PhoneNumberService phoneNumberService(UnitOfWork unitOfWork, WorkspaceRepository workspaces,
            PhoneNumberRepository phoneNumbers, PhoneNumberReleases releases, AgentRepository agents,
            ResourceReferences references, AuditTrail auditTrail, Clock clock) {
        return new PhoneNumberService(unitOfWork, workspaces, phoneNumbers, releases, agents, references, auditTrail,
                clock);
    }

    @Produces
    @Singleton
    CallLogService callLogService(UnitOfWork unitOfWork, WorkspaceRepository workspaces, CallLogRepository callLogs,
            ResourceReferences references, Clock clock) {
        return new CallLogService(unitOfWork, workspaces, callLogs, references, clock);
    }
}
