/**
 * Work: the request aggregate, its lifecycle per kind and its outcome (value, margin, times); never computes pay.
 */
@NullMarked
package org.fairdesk.work;

import org.jspecify.annotations.NullMarked;
