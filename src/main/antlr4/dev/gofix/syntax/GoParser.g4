// The syntax of Go, written from "The Go Programming Language Specification" (go1.26). Rule names
// follow the specification's productions where they exist.
//
// The grammar is shaped for ANTLR's SLL prediction, the way go/parser reads Go:
// - Where the specification lets the same text be a type or an expression (conversions, generic
//   instantiations, case lists of type switches, method expressions), the grammar parses one
//   expression and leaves the classification to later stages. Type literals are operands.
// - The headers of if, for and switch use their own expression rules without composite literals
//   whose type is a plain name, as the specification requires ("if x == T{} {" is a block).
// - Lists end in an optional separator and are factored so that one or two tokens decide.
// - Statement-level rules never need to see past a statement to choose an alternative.
// Checks that a grammar of this shape cannot make (a range clause outside of a for header, an
// assignment where an if needs a condition) are done by SyntaxChecks after the parse.
parser grammar GoParser;

options { tokenVocab = GoLexer; contextSuperClass = GoContext; }

// ---------------------------------------------------------------------------------------------
// Source files and declarations

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause
    : PACKAGE IDENTIFIER
    ;

importDecl
    : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN)
    ;

importSpec
    : (DOT | IDENTIFIER)? importPath
    ;

importPath
    : STRING_LIT
    | RAW_STRING_LIT
    ;

topLevelDecl
    : declaration
    | functionDecl
    | methodDecl
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN)
    ;

constSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)?
    ;

identifierList
    : IDENTIFIER (COMMA IDENTIFIER)*
    ;

expressionList
    : expression (COMMA expression)*
    ;

typeDecl
    : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN)
    ;

// "type A[N]int" is an array type and "type A[T any] int" a generic type: the first alternative
// wins where both readings parse ("type A[P *C] int"), as the specification rules.
typeSpec
    : IDENTIFIER ASSIGN? type_
    | IDENTIFIER typeParameters ASSIGN? type_
    ;

typeParameters
    : L_BRACKET typeParamDecl (COMMA typeParamDecl)* COMMA? R_BRACKET
    ;

typeParamDecl
    : identifierList typeConstraint
    ;

typeConstraint
    : typeElem
    ;

varDecl
    : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

functionDecl
    : FUNC IDENTIFIER typeParameters? signature block?
    ;

// Type parameters on methods are parsed (the proposal for Go 1.27 allows them) and rejected by
// SyntaxChecks while the language does not.
methodDecl
    : FUNC receiver IDENTIFIER typeParameters? signature block?
    ;

receiver
    : parameters
    ;

// ---------------------------------------------------------------------------------------------
// Types

type_
    : typeName typeArgs?
    | typeLit
    | L_PAREN type_ R_PAREN
    ;

typeName
    : IDENTIFIER (DOT IDENTIFIER)?
    ;

typeArgs
    : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET
    ;

typeLit
    : arrayOrSliceType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | channelType
    ;

// "[N]T", "[...]T" (composite literals only) and "[]T".
arrayOrSliceType
    : L_BRACKET (expression | ELLIPSIS)? R_BRACKET type_
    ;

structType
    : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl)* SEMI?)? R_CURLY
    ;

fieldDecl
    : (identifierList type_ | embeddedField) tag?
    ;

embeddedField
    : STAR? typeName typeArgs?
    ;

tag
    : STRING_LIT
    | RAW_STRING_LIT
    ;

pointerType
    : STAR type_
    ;

functionType
    : FUNC signature
    ;

signature
    : parameters result?
    ;

// A parenthesized result is a parameter list, never a parenthesized type.
result
    : parameters
    | typeName typeArgs?
    | typeLit
    ;

// Each parameter is a type with an optional name; "a, b int" is three items here, and the
// grouping of names with their type is made by later stages, as go/parser does.
parameters
    : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN
    ;

parameterDecl
    : IDENTIFIER? ELLIPSIS? type_
    ;

interfaceType
    : INTERFACE L_CURLY (interfaceElem (SEMI interfaceElem)* SEMI?)? R_CURLY
    ;

interfaceElem
    : methodElem
    | typeElem
    ;

methodElem
    : IDENTIFIER signature
    ;

typeElem
    : typeTerm (OR typeTerm)*
    ;

typeTerm
    : TILDE? type_
    ;

mapType
    : MAP L_BRACKET type_ R_BRACKET type_
    ;

// "chan<- chan int" binds the arrow to the leftmost chan, as the specification says: the
// optional arrow is taken greedily.
channelType
    : CHAN RECEIVE? type_
    | RECEIVE CHAN type_
    ;

// ---------------------------------------------------------------------------------------------
// Blocks and statements

block
    : L_CURLY statementList R_CURLY
    ;

// Semicolons separate statements; one may be left out before a closing brace. Runs of
// semicolons are empty statements.
statementList
    : SEMI* (statement (SEMI+ statement)* SEMI*)?
    ;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

labeledStmt
    : IDENTIFIER COLON statement?
    ;

// Expression statements, sends, increments, assignments and short variable declarations share
// their first expression list; what follows it decides.
simpleStmt
    : expressionList (sendTail | incDecTail | assignTail | shortVarDeclTail)?
    ;

sendTail
    : RECEIVE expression
    ;

incDecTail
    : PLUS_PLUS
    | MINUS_MINUS
    ;

assignTail
    : assignOp expressionList
    ;

shortVarDeclTail
    : DECLARE_ASSIGN expressionList
    ;

assignOp
    : ASSIGN
    | ADD_ASSIGN
    | SUB_ASSIGN
    | MUL_ASSIGN
    | QUO_ASSIGN
    | REM_ASSIGN
    | AND_ASSIGN
    | OR_ASSIGN
    | XOR_ASSIGN
    | SHL_ASSIGN
    | SHR_ASSIGN
    | AND_NOT_ASSIGN
    ;

goStmt
    : GO expression
    ;

deferStmt
    : DEFER expression
    ;

returnStmt
    : RETURN expressionList?
    ;

breakStmt
    : BREAK IDENTIFIER?
    ;

continueStmt
    : CONTINUE IDENTIFIER?
    ;

gotoStmt
    : GOTO IDENTIFIER
    ;

fallthroughStmt
    : FALLTHROUGH
    ;

// "if [init;] cond {": the first header statement is the condition when no semicolon follows.
ifStmt
    : IF (headerStmt (SEMI headerExpression)? | SEMI headerExpression) block (ELSE (ifStmt | block))?
    ;

// "switch [init;] [tag] {" for expression and type switches ("switch v := x.(type) {").
switchStmt
    : SWITCH (headerStmt (SEMI headerStmt?)? | SEMI headerStmt?)? L_CURLY caseClause* R_CURLY
    ;

caseClause
    : (CASE expressionList | DEFAULT) COLON statementList
    ;

selectStmt
    : SELECT L_CURLY commClause* R_CURLY
    ;

commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;

// "for {", "for cond {", "for init; cond; post {", "for k, v := range x {", "for range x {".
forStmt
    : FOR (RANGE headerExpression | headerStmt (SEMI forClauseTail)? | SEMI forClauseTail)? block
    ;

forClauseTail
    : headerExpression? SEMI headerStmt?
    ;

// The simple statement of an if, for or switch header. Its right-hand side may be a range
// clause; SyntaxChecks allows that only as the single header statement of a for.
headerStmt
    : headerExpressionList (headerSendTail | incDecTail | headerAssignTail | headerShortVarDeclTail)?
    ;

headerSendTail
    : RECEIVE headerExpression
    ;

headerAssignTail
    : assignOp (RANGE headerExpression | headerExpressionList)
    ;

headerShortVarDeclTail
    : DECLARE_ASSIGN (RANGE headerExpression | headerExpressionList)
    ;

headerExpressionList
    : headerExpression (COMMA headerExpression)*
    ;

// ---------------------------------------------------------------------------------------------
// Expressions

// Unary operators bind tighter than the binary ones, which come by the specification's five
// precedence levels, all left-associative. A primary expression is an operand followed by
// selectors, indexes, slices, type assertions, calls and composite literal values: "T{…}",
// "pkg.T{…}" and "T[int]{…}" are a literal value after a name. Operators are tokens, not rules,
// to keep the tree shallow. ("~x" is no valid expression, but Go's parser accepts it and leaves
// the error to the type checker; so does this grammar.)
expression
    : operand (suffix | literalValue)*                                  # primaryExpr
    | unaryOp=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE | TILDE) expression  # unaryExpr
    | expression binaryOp=(STAR | DIV | MOD | SHL | SHR | AMPERSAND | AND_NOT) expression   # binaryExpr
    | expression binaryOp=(PLUS | MINUS | OR | CARET) expression        # binaryExpr
    | expression binaryOp=(EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS) expression  # binaryExpr
    | expression binaryOp=LOGICAL_AND expression                        # binaryExpr
    | expression binaryOp=LOGICAL_OR expression                         # binaryExpr
    ;

// The same in an if, for or switch header: there a brace after a name opens the block; a literal
// value may only follow a type literal ("for _, x := range []int{1, 2} {") or sit inside
// parentheses, brackets or a function literal.
headerExpression
    : headerOperand suffix*                                             # headerPrimaryExpr
    | unaryOp=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE | TILDE) headerExpression  # headerUnaryExpr
    | headerExpression binaryOp=(STAR | DIV | MOD | SHL | SHR | AMPERSAND | AND_NOT) headerExpression  # headerBinaryExpr
    | headerExpression binaryOp=(PLUS | MINUS | OR | CARET) headerExpression  # headerBinaryExpr
    | headerExpression binaryOp=(EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS) headerExpression  # headerBinaryExpr
    | headerExpression binaryOp=LOGICAL_AND headerExpression            # headerBinaryExpr
    | headerExpression binaryOp=LOGICAL_OR headerExpression             # headerBinaryExpr
    ;

operand
    : literal=(INT_LIT | FLOAT_LIT | IMAGINARY_LIT | RUNE_LIT | STRING_LIT | RAW_STRING_LIT)
    | IDENTIFIER
    | L_PAREN expression R_PAREN
    | FUNC signature block?
    | typeOperand
    ;

headerOperand
    : literal=(INT_LIT | FLOAT_LIT | IMAGINARY_LIT | RUNE_LIT | STRING_LIT | RAW_STRING_LIT)
    | IDENTIFIER
    | L_PAREN expression R_PAREN
    | FUNC signature block?
    | typeOperand literalValue?
    ;

// Type literals that may start an expression: in composite literals, conversions ("[]byte(s)"),
// and as arguments ("make(map[string]int)"). Pointer types are unary "*" expressions.
typeOperand
    : arrayOrSliceType
    | structType
    | interfaceType
    | mapType
    | CHAN RECEIVE? type_
    ;

suffix
    : DOT IDENTIFIER                                        # selector
    | DOT L_PAREN (TYPE | type_) R_PAREN                    # typeAssertion
    | L_BRACKET (COLON sliceTail | expression (COLON sliceTail | indexTail)) R_BRACKET  # indexOrSlice
    | L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN    # arguments
    ;

// After "[lo:": "hi]", "]", "hi:max]".
sliceTail
    : expression? (COLON expression)?
    ;

// After "[x": more indexes of a generic instantiation, "T[int, string]".
indexTail
    : (COMMA expression)* COMMA?
    ;

literalValue
    : L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY
    ;

keyedElement
    : element (COLON element)?
    ;

element
    : expression
    | literalValue
    ;
