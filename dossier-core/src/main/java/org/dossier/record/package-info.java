/** The article record of CONTRACT.md (schema dossier.article/1) as JSON, with code-point offsets. */
package org.dossier.record;
