package org.dossier.ingest.html;

/** The article fields a page declares in JSON-LD; each nullable. */
record JsonLdArticle(String headline, String datePublished, String inLanguage, String url) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null);
}
