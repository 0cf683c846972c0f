#ifndef FACTDESK_CLIBXML2_SHIM_H
#define FACTDESK_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's libxml2 pulls in ICU's <unicode/ucnv.h>, whose UErrorCode clashes with the one
   Foundation carries in _FoundationICU. Only trailing fields of xmlCharEncodingHandler depend
   on it, and factdesk never touches them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* xmlFree is a global function-pointer variable, which Swift 6 will not read. */
static inline void fd_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
