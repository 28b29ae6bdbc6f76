//! `with` statements over instances of script classes with `__enter__`
//! and `__exit__`, typed and lowered as their rewrite:
//!
//! ```text
//! ^cm = EXPR
//! TARGET = ^cm.__enter__()
//! try:
//!     BODY
//! except:
//!     if not ^cm.__exit__(None, None, None):
//!         raise
//! else:
//!     ^cm.__exit__(None, None, None)
//! ```
//!
//! `__exit__` gets None for the exception's type, value and traceback
//! also when the body raised, so it may not read them (refused); its
//! return value decides whether the exception goes on, as in CPython.
//! Leaving the body by `return`, `break`, `continue` (or suspending it by
//! `yield`) would skip `__exit__`: refused.

use super::unroll::{visit_stmts, visit_stmts_mut};
use super::{IResult, Infer};
use crate::front::ast::*;
use crate::front::typed::stmt_key;
use std::rc::Rc;
use vm::types::Type;

impl Infer<'_> {
    pub(super) fn infer_with(
        &mut self,
        s: &Stmt,
        items: &[WithItem],
        body: &[Stmt],
    ) -> IResult<()> {
        if let Some(r) = super::objmode::infer(self, s, items, body) {
            return r;
        }
        // What would leave (or suspend) the body without running __exit__.
        let refusal = |w: &str| {
            format!("'{w}' inside a 'with' body is not supported by rumba (__exit__ would not run)")
        };
        super::exc::no_jump_out(self, body, false, &refusal)?;
        let key = stmt_key(s);
        let stmts = match self.out.with_stmts.get(&key) {
            Some(st) => st.clone(),
            None => {
                for item in items {
                    self.check_manager(&item.context)?;
                }
                let mut st = rewrite(items, body, s.span, key);
                let mut next = self.next_id;
                visit_stmts_mut(&mut st, &mut |e| {
                    e.id = next;
                    next += 1;
                });
                self.next_id = next;
                let st: Rc<[Stmt]> = st.into();
                self.out.with_stmts.insert(key, st.clone());
                st
            }
        };
        if !self.at_module {
            for k in 0..items.len() {
                self.locals.insert(Rc::from(format!("^cm{key}_{k}")));
            }
        }
        self.block(&stmts)
    }

    /// A context manager: an instance of a script class whose `__exit__`
    /// does not read the exception it is given.
    fn check_manager(&mut self, e: &Expr) -> IResult<()> {
        let copy = super::star::renumber(self, e.clone());
        let t = self.expr(&copy)?;
        let refuse = |inf: &Infer, t: &Type| {
            inf.err(
                "TypeError",
                e.span,
                format!(
                    "'with' of {} is not supported by rumba (only of instances of script classes with __enter__ and __exit__)",
                    inf.tyname(t)
                ),
            )
        };
        let Type::Obj(c) = &t else {
            return Err(refuse(self, &t));
        };
        let enter = super::class::method(self, c.id, "__enter__");
        let Some((exit, _)) = super::class::method(self, c.id, "__exit__") else {
            return Err(refuse(self, &t));
        };
        if enter.is_none() {
            return Err(refuse(self, &t));
        }
        let def = self.prog.funcs[exit as usize].def.clone();
        let params: Vec<&str> = def
            .params
            .positional
            .iter()
            .skip(1)
            .map(|p| p.name.as_str())
            .collect();
        let mut read = None;
        visit_stmts(&def.body, &mut |x| {
            if let ExprKind::Name(n) = &x.kind {
                if read.is_none() && params.contains(&n.as_str()) {
                    read = Some((n.clone(), x.span));
                }
            }
        });
        if let Some((n, span)) = read {
            return Err(self.err(
                "TypeError",
                span,
                format!(
                    "an __exit__ that reads its exception argument '{n}' is not supported by rumba (it is given None)"
                ),
            ));
        }
        Ok(())
    }
}

/// The statements `with items: body` runs (ids to be renumbered).
fn rewrite(items: &[WithItem], body: &[Stmt], span: Span, key: usize) -> Vec<Stmt> {
    let Some((item, rest)) = items.split_first() else {
        return body.to_vec();
    };
    let inner = rewrite(rest, body, span, key);
    let mk = |kind: ExprKind| Expr { id: 0, span, kind };
    let stmt = |kind: StmtKind| Stmt { span, kind };
    let cm = mk(ExprKind::Name(format!("^cm{key}_{}", rest.len())));
    let call = |name: &str, args: Vec<Expr>| {
        mk(ExprKind::Call {
            func: Box::new(mk(ExprKind::Attribute {
                value: Box::new(cm.clone()),
                attr: name.to_string(),
                attr_span: span,
            })),
            args,
            keywords: Vec::new(),
        })
    };
    let exit = || {
        call(
            "__exit__",
            vec![mk(ExprKind::None), mk(ExprKind::None), mk(ExprKind::None)],
        )
    };
    let enter = call("__enter__", Vec::new());
    let mut out = vec![stmt(StmtKind::Assign {
        targets: vec![cm.clone()],
        value: item.context.clone(),
    })];
    out.push(match &item.target {
        Some(t) => stmt(StmtKind::Assign {
            targets: vec![t.clone()],
            value: enter,
        }),
        None => stmt(StmtKind::Expr(enter)),
    });
    let reraise = stmt(StmtKind::If {
        test: mk(ExprKind::Unary {
            op: UnaryOp::Not,
            operand: Box::new(exit()),
        }),
        body: vec![stmt(StmtKind::Raise {
            exc: None,
            cause: None,
        })],
        orelse: Vec::new(),
    });
    out.push(stmt(StmtKind::Try {
        body: inner,
        handlers: vec![ExceptHandler {
            typ: None,
            name: None,
            body: vec![reraise],
            span,
        }],
        orelse: vec![stmt(StmtKind::Expr(exit()))],
        finalbody: Vec::new(),
    }));
    out
}
