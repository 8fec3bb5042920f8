package org.xiaoneng.supervision;

/** How many watched deadlines (open or suspended) show each light. */
public record LightCounts(long green, long yellow, long red) {

    public static final LightCounts NONE = new LightCounts(0, 0, 0);

    public long of(Light light) {
        return switch (light) {
            case GREEN -> green;
            case YELLOW -> yellow;
            case RED -> red;
        };
    }

    public long total() {
        return green + yellow + red;
    }

    public LightCounts plus(LightCounts other) {
        return new LightCounts(green + other.green, yellow + other.yellow, red + other.red);
    }
}
