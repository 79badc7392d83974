;;; early-init.el --- the test's own, not the user's: no native compilation of
;;; packages in the background, which takes the CPU and opens a *Warnings* window.
(setq native-comp-deferred-compilation nil)
