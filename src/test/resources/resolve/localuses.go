// Prints the files of the package in a directory (for this platform, tests excluded) and, from
// go/types, every use of a local variable with the position of its declaration, one per line:
// "USE file line col name declfile declline declcol". Used by GoRootResolveTest.
package main

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
)

func main() {
	dir := os.Args[1]
	pkg, err := build.ImportDir(dir, 0)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range pkg.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		files = append(files, f)
		fmt.Println("FILE", name)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.Default(), Error: func(error) {}}
	checked, _ := conf.Check(pkg.ImportPath, fset, files, info)
	for id, obj := range info.Uses {
		v, ok := obj.(*types.Var)
		if !ok || v.IsField() || v.Pkg() != checked || v.Parent() == nil || v.Parent() == checked.Scope() {
			continue
		}
		use := fset.PositionFor(id.Pos(), false)
		decl := fset.PositionFor(v.Pos(), false)
		fmt.Println("USE", filepath.Base(use.Filename), use.Line, use.Column, id.Name,
			filepath.Base(decl.Filename), decl.Line, decl.Column)
	}
}
