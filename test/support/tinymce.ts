/** TinyMCE as a CMS has it: the npm package's own script, loaded once into the test page; `T` is what the test uses of it. */
export async function loadTinyMCE<T>(): Promise<T> {
  const w = window as unknown as { tinymce?: T };
  if (!w.tinymce) {
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: '/node_modules/tinymce/tinymce.min.js', onload: resolve, onerror: reject });
      document.head.append(script);
    });
  }
  return w.tinymce!;
}
