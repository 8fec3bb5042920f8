package org.xiaoneng.calendar;

/** Why a date departs from the weekday rule (Monday to Friday work, Saturday and Sunday rest). */
public enum DayKind {

    /** 法定节假日 (放假): a day off by a State Council notice, weekday or not. */
    HOLIDAY(false),
    /** 调休上班日: a Saturday or Sunday that a State Council notice turns into a working day. */
    ADJUSTED_WORKING_DAY(true),
    /** 地方休息日: a day off that the city adds (local festivals, local extensions). */
    LOCAL_HOLIDAY(false);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    /** Whether a date of this kind is a working day. */
    public boolean working() {
        return working;
    }
}
