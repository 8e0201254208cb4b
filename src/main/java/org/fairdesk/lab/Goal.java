package org.fairdesk.lab;

import java.math.BigDecimal;

/** A behaviour bound to an indicator and a threshold; a disabled goal is kept but not judged. */
public record Goal(Behaviour behaviour, Indicator indicator, BigDecimal threshold, boolean enabled) {
}
