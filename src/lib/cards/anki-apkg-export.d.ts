// anki-apkg-export ships no types; this is the one file of it we use (CommonJS, so Node's
// default import is its exports object).
declare module 'anki-apkg-export/dist/template.js' {
  interface TemplateOptions {
    questionFormat?: string;
    answerFormat?: string;
    css?: string;
  }
  const template: { default: (options: TemplateOptions) => string } | ((options: TemplateOptions) => string);
  export default template;
}
