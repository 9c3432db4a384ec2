package org.paceline.cib.resources;

import java.util.List;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.NvSet;

/**
 * A resource run by one agent.
 *
 * @param resourceClass ocf, lsb, systemd, service, stonith, ...; null when a template gives it
 * @param provider      the OCF provider (heartbeat, pacemaker), or null
 * @param template      the id of the template it takes its definition from, or null
 * @param operationsAttributes attributes of the {@code operations} element itself (id, id-ref)
 */
public record Primitive(String id, String resourceClass, String provider, String type, String template,
                        String description, List<NvSet> sets, Attrs operationsAttributes,
                        List<Operation> operations, Extras extras) implements Resource {
    public Primitive {
        sets = List.copyOf(sets);
        operationsAttributes = operationsAttributes == null ? Attrs.EMPTY : operationsAttributes;
        operations = List.copyOf(operations);
        extras = extras == null ? Extras.NONE : extras;
    }

    @Override
    public List<Resource> children() {
        return List.of();
    }

    /** The agent as the crm shell and crm_mon name it: {@code ocf:heartbeat:IPaddr2}. */
    public String agent() {
        if (resourceClass == null) {
            return "@" + template;
        }
        return provider == null ? resourceClass + ":" + type : resourceClass + ":" + provider + ":" + type;
    }

    public boolean isFencingDevice() {
        return "stonith".equals(resourceClass);
    }
}
