package org.fairdesk.incentives;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.incentives.*}.
 *
 * @param mailFrom the sender of dispute mails (docs/pay.md, Disputes); set it to an address your SMTP server accepts
 */
@ConfigurationProperties("fairdesk.incentives")
record IncentivesSettings(@DefaultValue("Fairdesk <no-reply@localhost>") String mailFrom) {
}
