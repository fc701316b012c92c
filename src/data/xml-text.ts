/**
 * Text for XML documents (Atom feed, sitemap): escaped, and without the
 * characters XML 1.0 forbids (most C0 control characters, U+FFFE/U+FFFF,
 * unpaired surrogates), which would make the whole document unreadable.
 * Right-to-left text and emoji are ordinary characters and stay.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const ohneSteuerzeichen = (text: string): string => text.replace(NOT_XML, '');

export const xmlText = (text: string): string =>
  ohneSteuerzeichen(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
