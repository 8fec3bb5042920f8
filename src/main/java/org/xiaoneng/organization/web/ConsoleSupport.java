package org.xiaoneng.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.platform.OutOfScopeException;

/**
 * What the console pages share: validating a form as its command (the same rules as the API), turning a refused
 * change into a message above the form, and telling htmx requests from full page loads.
 */
@Component
class ConsoleSupport {

    static final String FORM_ERROR = "formError";
    static final String FLASH = "flash";

    private final SpringValidatorAdapter validator;
    private final MessageSource messages;

    ConsoleSupport(Validator validator, MessageSource messages) {
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    /** Validates the command built from the form; errors land on the form's fields of the same names. */
    boolean valid(Object command, BindingResult result) {
        validator.validate(command, result);
        return !result.hasErrors();
    }

    /** Shows the refusal above the form, in the reader's language. */
    void refused(DomainException e, Model model, HttpServletResponse response) {
        if (e instanceof OutOfScopeException || e instanceof NotFoundException) {
            throw e; // answered 403 / 404 by the platform, not shown as a form message
        }
        response.setStatus(e instanceof ConflictException ? 409 : 422);
        model.addAttribute(FORM_ERROR,
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
    }

    static boolean htmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
