package com.bolti.tenancy.domain.error;

/** No agent with this id exists in the active workspace. */
public class AgentNotFoundException extends TenancyException {

    public AgentNotFoundException(Object id) {
        super("agent " + id + " was not found in this workspace");
    }

    @Override
    public String code() {
        return "agent.not_found";
    }
}
