package org.concord.register.model;

/** Where a mission stands in its lifecycle. Terminated is final. */
public enum MissionStatus {
    PLANNED, ACTIVE, DRAWING_DOWN, RESIDUAL, TERMINATED;

    /** Whether a mission in this status may move to {@code next} (staying is always allowed: the mission is being edited). */
    public boolean mayMoveTo(MissionStatus next) {
        return switch (this) {
            case PLANNED -> true;
            case ACTIVE -> next == DRAWING_DOWN || next == RESIDUAL || next == TERMINATED || next == ACTIVE;
            case DRAWING_DOWN -> next == ACTIVE || next == RESIDUAL || next == TERMINATED || next == DRAWING_DOWN;
            case RESIDUAL -> next == ACTIVE || next == DRAWING_DOWN || next == TERMINATED || next == RESIDUAL;
            case TERMINATED -> next == TERMINATED;
        };
    }
}
