package org.xiaoneng.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.xiaoneng.catalog.internal.InvalidItem;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.platform.OutOfScopeException;

/**
 * What the catalog's console pages share: validating a form as its command (the same rules as the API), turning a
 * refused change into a message above the form and — for a broken catalog rule — beside the field at fault, and telling
 * htmx requests from full page loads.
 */
@Component
class CatalogConsole {

    static final String FORM_ERROR = "formError";
    static final String FLASH = "flash";

    private final SpringValidatorAdapter validator;
    private final MessageSource messages;

    CatalogConsole(Validator validator, MessageSource messages) {
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    boolean valid(Object command, BindingResult result) {
        validator.validate(command, result);
        return !result.hasErrors();
    }

    /** Shows the refusal above the form (and beside the field at fault, when {@code result} has that field). */
    void refused(DomainException e, Model model, HttpServletResponse response, @Nullable BindingResult result) {
        if (e instanceof OutOfScopeException || e instanceof NotFoundException) {
            throw e; // answered 403 / 404 by the platform, not shown as a form message
        }
        if (e instanceof InvalidItem invalid && result != null) {
            try {
                result.rejectValue(invalid.field(), invalid.messageKey(), invalid.arguments(), invalid.messageKey());
            } catch (RuntimeException notAFormField) {
                // the message above the form says it all
            }
        }
        response.setStatus(e instanceof ConflictException ? 409 : 422);
        model.addAttribute(FORM_ERROR,
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
    }

    static boolean htmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
