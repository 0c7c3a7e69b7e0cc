package fi.placera.identity;

import fi.placera.audit.AccessAction;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a request handler does with the client whose access it decides: {@link AccessDecisions} decides and logs every
 * decision of the request as this action. Without it, a GET, HEAD or OPTIONS request reads (the caller's action) and
 * every other request writes ({@link AccessAction#UPDATE}), so a handler that forgets it can never read under an
 * emergency grant and then write. Name the action where it is more precise (CREATE, WITHDRAW, INVITE …), or VIEW on
 * a POST that only reads.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AccessIntent {

    AccessAction value();
}
