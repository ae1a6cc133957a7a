import { useEffect, useRef } from "react";

/**
 * Calls `onScreen` when the element given the returned ref scrolls into view (or is in view when
 * `enabled` turns true), for infinite scrolling. The browser's IntersectionObserver does the watching.
 */
export function useOnScreen<E extends Element>(onScreen: () => void, enabled: boolean) {
  const ref = useRef<E>(null);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onScreen(), { rootMargin: "200px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled, onScreen]);
  return ref;
}
