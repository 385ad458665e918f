import type { AnyNode, ArrowFunctionExpression, Expression, FunctionDeclaration, FunctionExpression, Pattern, Program, SpreadElement } from 'acorn';

/**
 * What a dynamic page's `getStaticPaths` does, read from its syntax tree (never run), in the
 * common shapes Astro's docs and themes use: a collection's entries mapped into the page's
 * parameter by their id (`getCollection('blog')` then `params: { slug: post.id }`) or by a
 * frontmatter field (`params: { slug: post.data.slug }`), drafts
 * left out by a filter, or the entries paginated with `paginate()`. Anything else is not
 * guessed: the recipe says why it was not read.
 */
export type ParamValue = { from: 'id'; rootWhen?: string } | { from: 'data'; field: string; rootWhen?: string };

export type StaticPathsRecipe =
  | { how: 'entries'; collection: string; param: string; value: ParamValue; drafts: 'excluded' | 'included' }
  | { how: 'paginate'; collection: string; param: string; pageSize: number; drafts: 'excluded' | 'included' }
  | { how: 'unread'; reason: string };

type FunctionNode = FunctionDeclaration | FunctionExpression | ArrowFunctionExpression;

interface CollectionSource {
  collection: string;
  drafts: 'excluded' | 'included';
}

const unread = (reason: string): StaticPathsRecipe => ({ how: 'unread', reason });

function isFunction(node: AnyNode | null | undefined): node is FunctionNode {
  return !!node && (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression');
}

function unwrap(node: AnyNode | null | undefined): AnyNode | undefined {
  let current = node ?? undefined;
  while (current && (current.type === 'AwaitExpression' || current.type === 'ChainExpression')) current = current.type === 'AwaitExpression' ? current.argument : current.expression;
  return current;
}

function nameOf(node: AnyNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  return undefined;
}

function findGetStaticPaths(program: Program): FunctionNode | undefined {
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (!declaration) continue;
    if (declaration.type === 'FunctionDeclaration' && declaration.id?.name === 'getStaticPaths') return declaration;
    if (declaration.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations) {
      if (nameOf(declarator.id) === 'getStaticPaths' && isFunction(unwrap(declarator.init))) return unwrap(declarator.init) as FunctionNode;
    }
  }
  return undefined;
}

/** The expression a function gives back: an arrow's body, or its block's one `return`. */
function returnedBy(fn: FunctionNode, bindings?: Map<string, Expression>): Expression | undefined {
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const returns = fn.body.body.filter((s) => s.type === 'ReturnStatement');
  if (returns.length !== 1) return undefined;
  for (const statement of fn.body.body) {
    if (statement.type !== 'VariableDeclaration' || !bindings) continue;
    for (const d of statement.declarations) if (d.id.type === 'Identifier' && d.init) bindings.set(d.id.name, d.init);
  }
  const last = returns[0];
  return last?.type === 'ReturnStatement' ? (last.argument ?? undefined) : undefined;
}

/** The expression for an entry's `data.draft`, with the callback's parameter `p` or `{ data }`. */
function isDraftRead(node: AnyNode | undefined, param: Pattern | undefined): boolean {
  if (node?.type !== 'MemberExpression' || nameOf(node.property) !== 'draft' || node.computed) return false;
  const object = node.object;
  if (object.type === 'Identifier') return param?.type === 'ObjectPattern' && object.name === 'data';
  return object.type === 'MemberExpression' && nameOf(object.property) === 'data' && object.object.type === 'Identifier' && param?.type === 'Identifier' && object.object.name === param.name;
}

function isProductionFlag(node: AnyNode): boolean {
  // import.meta.env.PROD: a build is production.
  return node.type === 'MemberExpression' && nameOf(node.property) === 'PROD' && node.object.type === 'MemberExpression' && nameOf(node.object.property) === 'env';
}

/** Whether a filter callback keeps exactly the entries that are not drafts (as a build runs it). */
function dropsDrafts(fn: AnyNode | undefined): boolean {
  if (!isFunction(fn)) return false;
  const param = fn.params[0];
  let test: AnyNode | undefined = returnedBy(fn);
  if (test?.type === 'ConditionalExpression' && isProductionFlag(test.test)) test = test.consequent;
  if (test?.type === 'UnaryExpression' && test.operator === '!') return isDraftRead(test.argument, param);
  if (test?.type === 'BinaryExpression' && (test.operator === '!==' || test.operator === '!=')) {
    const literal = test.right.type === 'Literal' ? test.right : test.left.type === 'Literal' ? test.left : undefined;
    const other = literal === test.right ? test.left : test.right;
    return literal?.value === true && isDraftRead(other, param);
  }
  return false;
}

/** The collection an expression's array comes from, through sorts and draft filters. */
function sourceOf(node: AnyNode | undefined, bindings: Map<string, Expression>, depth = 0): CollectionSource | string {
  const e = unwrap(node);
  if (!e || depth > 20) return 'the entries come from code Postdesk does not read';
  if (e.type === 'Identifier') {
    const bound = bindings.get(e.name);
    return bound ? sourceOf(bound, bindings, depth + 1) : `the entries come from "${e.name}", which is not a collection Postdesk can read`;
  }
  if (e.type === 'ArrayExpression' && e.elements.length === 1 && e.elements[0]?.type === 'SpreadElement') return sourceOf(e.elements[0].argument, bindings, depth + 1);
  if (e.type !== 'CallExpression') return 'the entries come from code Postdesk does not read';
  if (e.callee.type === 'Identifier' && e.callee.name === 'getCollection') {
    const collection = nameOf(e.arguments[0]);
    if (!collection || e.arguments[0]?.type !== 'Literal') return 'getCollection() is called with a collection name computed at build time';
    const filter = e.arguments[1];
    if (!filter) return { collection, drafts: 'included' };
    return dropsDrafts(filter as AnyNode) ? { collection, drafts: 'excluded' } : `getCollection('${collection}') has a filter other than leaving out drafts`;
  }
  if (e.callee.type === 'MemberExpression' && !e.callee.computed) {
    const method = nameOf(e.callee.property);
    const inner = sourceOf(e.callee.object, bindings, depth + 1);
    if (typeof inner === 'string') return inner;
    if (method === 'sort' || method === 'toSorted' || method === 'reverse' || method === 'toReversed') return inner;
    if (method === 'filter') return dropsDrafts(e.arguments[0] as AnyNode) ? { ...inner, drafts: 'excluded' } : `the entries of ${inner.collection} are filtered by code other than leaving out drafts`;
    return `the entries of ${inner.collection} go through .${method ?? '?'}(), which Postdesk does not read`;
  }
  return 'the entries come from code Postdesk does not read';
}

/** `post.id`, `post.slug` (the id of Astro 4's API), or `id` from `({ id })`. */
function isIdRead(node: AnyNode | undefined, param: Pattern | undefined): boolean {
  if (!node || !param) return false;
  if (node.type === 'Identifier') {
    return param.type === 'ObjectPattern' && node.name === 'id' && param.properties.some((p) => p.type === 'Property' && nameOf(p.key) === 'id');
  }
  return node.type === 'MemberExpression' && !node.computed && ['id', 'slug'].includes(nameOf(node.property) ?? '') && node.object.type === 'Identifier' && param.type === 'Identifier' && node.object.name === param.name;
}

function isUndefined(node: AnyNode): boolean {
  return (node.type === 'Identifier' && node.name === 'undefined') || (node.type === 'UnaryExpression' && node.operator === 'void');
}

/** `post.data.<field>`, or `data.<field>` from `({ data })`: the entry's field, as the page reads it. */
function dataFieldRead(node: AnyNode | undefined, param: Pattern | undefined): string | undefined {
  if (node?.type !== 'MemberExpression' || node.computed || !param) return undefined;
  const field = nameOf(node.property);
  const object = node.object;
  if (object.type === 'Identifier') {
    const destructured = param.type === 'ObjectPattern' && object.name === 'data' && param.properties.some((p) => p.type === 'Property' && nameOf(p.key) === 'data' && p.value.type === 'Identifier' && p.value.name === 'data');
    return destructured ? field : undefined;
  }
  const viaEntry = object.type === 'MemberExpression' && !object.computed && nameOf(object.property) === 'data' && object.object.type === 'Identifier' && param.type === 'Identifier' && object.object.name === param.name;
  return viaEntry ? field : undefined;
}

/** What a parameter's value is read from: the entry's id or one of its fields. */
function valueRead(node: AnyNode | undefined, param: Pattern | undefined): ParamValue | undefined {
  if (isIdRead(node, param)) return { from: 'id' };
  const field = dataFieldRead(node, param);
  return field ? { from: 'data', field } : undefined;
}

function sameRead(a: ParamValue, b: ParamValue): boolean {
  return a.from === b.from && (a.from === 'id' || (b.from === 'data' && a.field === b.field));
}

function paramValue(node: AnyNode | undefined, param: Pattern | undefined): ParamValue | undefined {
  const direct = valueRead(node, param);
  if (direct) return direct;
  // `post.id === 'index' ? undefined : post.id`: the index entry is the page's own root.
  if (node?.type !== 'ConditionalExpression' || node.test.type !== 'BinaryExpression') return undefined;
  const { test } = node;
  const literal = test.right.type === 'Literal' && typeof test.right.value === 'string' ? test.right.value : undefined;
  const tested = valueRead(test.left, param);
  if (literal === undefined || !tested) return undefined;
  const equal = test.operator === '===' || test.operator === '==';
  const [rootBranch, valueBranch] = equal ? [node.consequent, node.alternate] : [node.alternate, node.consequent];
  const value = valueRead(valueBranch, param);
  return isUndefined(rootBranch) && value && sameRead(tested, value) ? { ...value, rootWhen: literal } : undefined;
}

function propertyOf(object: AnyNode | undefined, key: string): AnyNode | undefined {
  if (object?.type !== 'ObjectExpression') return undefined;
  for (const p of object.properties) if (p.type === 'Property' && nameOf(p.key) === key) return p.value;
  return undefined;
}

function readMapped(call: AnyNode, param: string, bindings: Map<string, Expression>): StaticPathsRecipe {
  if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || nameOf(call.callee.property) !== 'map') {
    return unread('its getStaticPaths returns paths built by code Postdesk does not read');
  }
  const source = sourceOf(call.callee.object, bindings);
  if (typeof source === 'string') return unread(source);
  const mapper = call.arguments[0] as AnyNode | SpreadElement | undefined;
  if (!mapper || !isFunction(mapper as AnyNode)) return unread('its paths are mapped by a function Postdesk does not read');
  const fn = mapper as FunctionNode;
  const params = propertyOf(returnedBy(fn), 'params');
  const value = paramValue(propertyOf(params, param), fn.params[0]);
  if (!value) return unread(`its "${param}" parameter is computed by code other than the entry's id or one of its fields`);
  return { how: 'entries', collection: source.collection, param, value, drafts: source.drafts };
}

function readPaginated(call: AnyNode, param: string, bindings: Map<string, Expression>): StaticPathsRecipe | undefined {
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== 'paginate') return undefined;
  const source = sourceOf(call.arguments[0] as AnyNode, bindings);
  if (typeof source === 'string') return unread(source);
  const options = call.arguments[1] as AnyNode | undefined;
  if (propertyOf(options, 'params')) return unread('paginate() is given extra params, which Postdesk does not read');
  const size = propertyOf(options, 'pageSize');
  const pageSize = size === undefined ? 10 : size.type === 'Literal' && typeof size.value === 'number' && size.value >= 1 ? size.value : undefined;
  if (pageSize === undefined) return unread('paginate() is given a page size computed at build time');
  return { how: 'paginate', collection: source.collection, param, pageSize, drafts: source.drafts };
}

/** Reads the recipe of a page whose path has exactly one parameter, `param`. */
export function readStaticPaths(program: Program, param: string): StaticPathsRecipe {
  const fn = findGetStaticPaths(program);
  if (!fn) return unread('it has no getStaticPaths that Postdesk can find');
  const bindings = new Map<string, Expression>();
  const returned = unwrap(returnedBy(fn, bindings));
  if (!returned) return unread('its getStaticPaths has more than one return, or none');
  return readPaginated(returned, param, bindings) ?? readMapped(returned, param, bindings);
}
