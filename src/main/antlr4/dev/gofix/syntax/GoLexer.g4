// The lexical grammar of Go, written from "The Go Programming Language Specification" (go1.26),
// section "Lexical elements". Token names follow the specification's wording.
//
// Every character of the input lands in some token: white space and newlines go to the HIDDEN
// channel, comments to the COMMENTS channel, so that printing all tokens reproduces the file.
// Semicolons that the specification inserts at line ends are not produced here: GoTokenSource
// adds them as zero-width tokens, because the rule depends on the previous token.
lexer grammar GoLexer;

channels { COMMENTS }

// Keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENTIFIER : LETTER (LETTER | UNICODE_DIGIT)*;

// Operators and punctuation; longer tokens are preferred by the lexer's longest-match rule.
ELLIPSIS        : '...';
DOT             : '.';
COMMA           : ',';
SEMI            : ';';
COLON           : ':';
DECLARE_ASSIGN  : ':=';
L_PAREN         : '(';
R_PAREN         : ')';
L_BRACKET       : '[';
R_BRACKET       : ']';
L_CURLY         : '{';
R_CURLY         : '}';
ASSIGN          : '=';
ADD_ASSIGN      : '+=';
SUB_ASSIGN      : '-=';
MUL_ASSIGN      : '*=';
QUO_ASSIGN      : '/=';
REM_ASSIGN      : '%=';
AND_ASSIGN      : '&=';
OR_ASSIGN       : '|=';
XOR_ASSIGN      : '^=';
SHL_ASSIGN      : '<<=';
SHR_ASSIGN      : '>>=';
AND_NOT_ASSIGN  : '&^=';
LOGICAL_OR      : '||';
LOGICAL_AND     : '&&';
EQUALS          : '==';
NOT_EQUALS      : '!=';
LESS            : '<';
LESS_OR_EQUALS  : '<=';
GREATER         : '>';
GREATER_OR_EQUALS : '>=';
PLUS            : '+';
MINUS           : '-';
OR              : '|';
CARET           : '^';
STAR            : '*';
DIV             : '/';
MOD             : '%';
SHL             : '<<';
SHR             : '>>';
AMPERSAND       : '&';
AND_NOT         : '&^';
EXCLAMATION     : '!';
TILDE           : '~';
RECEIVE         : '<-';
PLUS_PLUS       : '++';
MINUS_MINUS     : '--';

// Literals. Integer, floating-point and imaginary literals share one prefix; the lexer's longest
// match picks the right one. Digit validity inside a base (8 in an octal literal) is checked by
// GoTokenSource, as go/scanner does, so that the lexer never splits a malformed number.
IMAGINARY_LIT : (DECIMAL_DIGITS | INT_FORM | FLOAT_FORM) 'i';
FLOAT_LIT     : FLOAT_FORM;
INT_LIT       : INT_FORM;

RUNE_LIT : '\'' (~['\\\r\n] | ESCAPE_SEQ) '\'';
STRING_LIT : '"' (~["\\\r\n] | ESCAPE_SEQ)* '"';
RAW_STRING_LIT : '`' ~'`'* '`';

// White space, newlines and comments: kept, never seen by the parser.
BYTE_ORDER_MARK : '\uFEFF' -> channel(HIDDEN);
WHITESPACE : [ \t\r\n]+ -> channel(HIDDEN);
GENERAL_COMMENT : '/*' .*? '*/' -> channel(COMMENTS);
LINE_COMMENT : '//' ~[\r\n]* -> channel(COMMENTS);

// Anything else is a lexical error; the parser reports it at its position.
UNTERMINATED_STRING : '"' (~["\\\r\n] | ESCAPE_SEQ)* | '`' ~'`'* ;
ERROR_CHAR : . ;

fragment LETTER : [\p{L}_];
fragment UNICODE_DIGIT : [\p{Nd}];
fragment DECIMAL_DIGIT : [0-9];
fragment HEX_DIGIT : [0-9a-fA-F];
fragment DECIMAL_DIGITS : DECIMAL_DIGIT ('_'? DECIMAL_DIGIT)*;
fragment HEX_DIGITS : HEX_DIGIT ('_'? HEX_DIGIT)*;

fragment INT_FORM
    : '0' [bB] '_'? [0-9] ('_'? [0-9])*
    | '0' [oO] '_'? [0-9] ('_'? [0-9])*
    | '0' [xX] '_'? HEX_DIGITS
    | DECIMAL_DIGITS
    ;

fragment FLOAT_FORM
    : DECIMAL_DIGITS '.' DECIMAL_DIGITS? DECIMAL_EXPONENT?
    | DECIMAL_DIGITS DECIMAL_EXPONENT
    | '.' DECIMAL_DIGITS DECIMAL_EXPONENT?
    | '0' [xX] HEX_MANTISSA HEX_EXPONENT
    ;

fragment DECIMAL_EXPONENT : [eE] [+-]? DECIMAL_DIGITS;
fragment HEX_MANTISSA
    : '_'? HEX_DIGITS '.' HEX_DIGITS?
    | '_'? HEX_DIGITS
    | '.' HEX_DIGITS
    ;
fragment HEX_EXPONENT : [pP] [+-]? DECIMAL_DIGITS;

fragment ESCAPE_SEQ
    : '\\' [abfnrtv\\'"]
    | '\\' [0-7] [0-7] [0-7]
    | '\\x' HEX_DIGIT HEX_DIGIT
    | '\\u' HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT
    | '\\U' HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT
    ;
