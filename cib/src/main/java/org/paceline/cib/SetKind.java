package org.paceline.cib;

/** The kinds of name/value sets, by the element that holds them. */
public enum SetKind {
    INSTANCE("instance_attributes"),
    META("meta_attributes"),
    UTILIZATION("utilization"),
    CLUSTER_PROPERTY("cluster_property_set");

    private final String element;

    SetKind(String element) {
        this.element = element;
    }

    public String element() {
        return element;
    }

    public static java.util.Optional<SetKind> ofElement(String name) {
        for (SetKind kind : values()) {
            if (kind.element.equals(name)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
