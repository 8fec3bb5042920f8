package org.xiaoneng.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.calendar.internal.DayCommand;

/** The console's form for one special day; checked as a {@link DayCommand}. */
public class DayForm {

    private String date = "";
    private @Nullable DayKind kind;
    private String name = "";
    private @Nullable Integer version;

    /** An empty form whose date starts in the year shown. */
    static DayForm startingOn(int year) {
        DayForm form = new DayForm();
        form.date = year + "-01-01";
        return form;
    }

    /** The command, or null when the date is not a date (the form then says so). */
    @Nullable DayCommand toCommand() {
        try {
            return new DayCommand(LocalDate.parse(date.strip()), kind, name, version);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date == null ? "" : date;
    }

    public @Nullable DayKind getKind() {
        return kind;
    }

    public void setKind(@Nullable DayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
