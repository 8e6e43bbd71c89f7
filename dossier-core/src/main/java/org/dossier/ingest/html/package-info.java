/** Main-content extraction from news web pages: title, publication date and the article's blocks. */
package org.dossier.ingest.html;
