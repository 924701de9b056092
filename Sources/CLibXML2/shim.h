// libxml2's HTML parser (for saved news pages) and XML parser (for RSS and Atom feeds).
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU headers clash with the ICU inside Foundation. Nothing
// here uses libxml2's ICU converters, so their declarations are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>

// `xmlFree` is a global function pointer, which Swift 6 treats as shared mutable state.
static inline void govgraph_xml_free(void *pointer) { xmlFree(pointer); }
