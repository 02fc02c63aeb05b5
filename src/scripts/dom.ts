// Building elements in the lazily loaded scripts (the search dialog, the zoom viewer, link
// previews): a tag, its attributes, and its children (text or elements). Not imported by the
// page script, so each feature's bundle carries its own copy of these few lines.
export function element(tag: string, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
