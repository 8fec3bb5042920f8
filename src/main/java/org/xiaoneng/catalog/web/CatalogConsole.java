package org.xiaoneng.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.xiaoneng.catalog.internal.InvalidItem;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.DomainException;

/**
 * The platform's {@link ConsoleForms}, plus what only the catalog does: a broken catalog rule is shown beside the field
 * at fault as well as above the form.
 */
@Component
class CatalogConsole {

    static final String FORM_ERROR = ConsoleForms.FORM_ERROR;
    static final String FLASH = ConsoleForms.FLASH;

    private final ConsoleForms forms;

    CatalogConsole(ConsoleForms forms) {
        this.forms = forms;
    }

    boolean valid(Object command, BindingResult result) {
        return forms.valid(command, result);
    }

    /** Shows the refusal above the form (and beside the field at fault, when {@code result} has that field). */
    void refused(DomainException e, Model model, HttpServletResponse response, @Nullable BindingResult result) {
        if (e instanceof InvalidItem invalid && result != null) {
            try {
                result.rejectValue(invalid.field(), invalid.messageKey(), invalid.arguments(), invalid.messageKey());
            } catch (RuntimeException notAFormField) {
                // the message above the form says it all
            }
        }
        forms.refused(e, model, response);
    }

    static boolean htmx(HttpServletRequest request) {
        return ConsoleForms.htmx(request);
    }
}
